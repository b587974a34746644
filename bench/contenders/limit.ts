/**
 * The lower bound of cost: a plain node:http handler that answers the
 * benchmark's POST bodies with the same upstream calls the gateway makes (in
 * parallel; W5 without an idempotency key) and the same JSON, without any GraphQL (no parsing, validation or execution).
 * Never shipped; `tsx bench/contenders/limit.ts` with PORT and PAYMENTS_API_URL.
 */
import http from 'node:http';
import { installFastNativeRequestOptions } from '../../src/datasources/rest/got-native-options.js';
import { TICKET_HEADER } from '../workloads.js';
import { createCatalogueCache } from './catalogue-cache.js';
import { createHandlers } from './limit-handlers.js';
import { createPaymentsClient } from './upstream.js';

// The floor makes its calls with got as ours does, fast native options included
// (src/datasources/rest/got-native-options.ts) and read through got's stream interface
// (src/datasources/rest/upstream-exchange.ts): otherwise ours would beat the floor on them.
installFastNativeRequestOptions();
const port = Number(process.env['PORT'] ?? 4100);
const payments = createPaymentsClient(process.env['PAYMENTS_API_URL'] ?? 'http://127.0.0.1:4010', 'stream');
const catalogue = createCatalogueCache(payments, 5 * 60_000);
// Note: operations are recognised by their exact query text: the lower bound
// does no GraphQL work at all, so it only knows the benchmark's bodies.
const handlers = createHandlers(payments, catalogue);

function send(res: http.ServerResponse, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { status: 'ok' });
  if (req.method !== 'POST' || req.url !== '/graphql') return send(res, 404, { error: 'not found' });
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const { query } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query?: string };
  const handler = query === undefined ? undefined : handlers.get(query);
  if (!handler) return send(res, 400, { errors: [{ message: 'unknown operation' }] });
  const ticket = req.headers[TICKET_HEADER];
  if (typeof ticket !== 'string') return send(res, 401, { errors: [{ message: 'no session ticket' }] });
  send(res, 200, { data: await handler(ticket) });
}

const server = http.createServer((req, res) => {
  answer(req, res).catch((error: unknown) => {
    // Upstream failures are counted as non-2xx by the benchmark.
    if (!res.headersSent) send(res, 502, { errors: [{ message: String(error) }] });
    else res.destroy();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1', () => console.log(`limit ready at http://127.0.0.1:${port}/graphql`));
