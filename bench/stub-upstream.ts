/**
 * A tiny stand-in for the simulator, for checking the benchmark itself while
 * sim/ is not there (BENCH_UPSTREAM=stub). It serves the two seed examples the
 * workloads read, verbatim, with SIM_LATENCY_MS of delay, and the simulator's
 * /__sim/stats and /__sim/reset. Not a simulator: no validation, no state.
 */
import http from 'node:http';
import { readFileSync } from 'node:fs';

const SEED = '/work/shared/seeds/003_0eabe8e905d4001d.txt';

/** The JSON text that follows `marker` (and an "Example Response" line) in the seed. */
function exampleAfter(lines: string[], marker: string): string {
  const start = lines.findIndex((line) => line.includes(marker));
  const open = lines.findIndex((line, i) => i > start && line === '{');
  let depth = 0;
  for (let i = open; i < lines.length; i++) {
    const line = lines[i] ?? '';
    depth += (line.match(/[{[]/g)?.length ?? 0) - (line.match(/[}\]]/g)?.length ?? 0);
    if (depth === 0) return lines.slice(open, i + 1).join('\n');
  }
  throw new Error(`no example after ${marker}`);
}

const lines = readFileSync(SEED, 'utf8').split('\n');
const routes = new Map<string, string>([
  ['GET /payments-service/billing_plans', exampleAfter(lines, 'GET /payments-service/billing_plans')],
  ['GET /payments-service/participants/current/billing_plan', exampleAfter(lines, 'Activated plan. Example Response')],
]);
const latencyMs = Number(process.env['SIM_LATENCY_MS'] ?? 0);
const counts: Record<string, number> = {};

const server = http.createServer((req, res) => {
  const route = `${req.method} ${(req.url ?? '').split('?')[0]}`;
  if (route === 'GET /__sim/stats') return void res.end(JSON.stringify({ requests: counts }));
  if (route === 'POST /__sim/reset') {
    for (const key of Object.keys(counts)) delete counts[key];
    return void res.end('{}');
  }
  counts[route] = (counts[route] ?? 0) + 1;
  const body = routes.get(route);
  setTimeout(() => {
    if (req.headers['authenticateit_identity_ticket'] !== 'demo-participant') res.statusCode = 401;
    else if (body === undefined) res.statusCode = 404;
    res.setHeader('content-type', 'application/json');
    res.end(res.statusCode === 200 ? body : '{"error":"stub"}');
  }, latencyMs);
});
const port = Number(process.env['SIM_PORT'] ?? 4010);
server.listen(port, '127.0.0.1', () => console.log(`stub upstream at http://127.0.0.1:${port}`));
