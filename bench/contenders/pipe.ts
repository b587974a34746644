/**
 * The upload's lower bound: a plain node:http server that pipes the request
 * body, byte for byte, to the ticket service's POST /api/v1/support-tickets/
 * with the demo OAuth2 client's token, and pipes the answer back. No parsing,
 * no spooling, no checks. Never shipped; `tsx bench/contenders/pipe.ts` with
 * PORT and TICKETS_API_URL.
 */
import http from 'node:http';

const port = Number(process.env['PORT'] ?? 4400);
const upstream = new URL(process.env['TICKETS_API_URL'] ?? 'http://127.0.0.1:4010');
const agent = new http.Agent({ keepAlive: true });

/** A service token from the simulator's demo client (client credentials grant), asked for on each upload: there are few. */
async function token(): Promise<string> {
  const response = await fetch(new URL('/oauth2/token/', upstream), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-gateway', client_secret: 'demo-gateway-secret' }),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`no token: HTTP ${response.status}`);
  return body.access_token;
}

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') return void res.writeHead(404).end();
  token().then(
    (access) => {
      const out = http.request(new URL('/api/v1/support-tickets/', upstream), {
        method: 'POST',
        agent,
        headers: { 'content-type': req.headers['content-type'] ?? '', authorization: `Bearer ${access}`, 'transfer-encoding': 'chunked' },
      });
      out.on('response', (answer) => {
        res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json' });
        answer.pipe(res);
      });
      out.on('error', () => res.writeHead(502).end());
      req.pipe(out);
    },
    () => res.writeHead(502).end(),
  );
});
server.listen(port, '127.0.0.1', () => console.log(`pipe ready at http://127.0.0.1:${port}/`));
