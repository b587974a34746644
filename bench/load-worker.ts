/**
 * The load generator, run as its own process by bench/load.ts so that
 * autocannon never shares an event loop with the orchestrator or a contender.
 * Usage: node --import tsx bench/load-worker.ts '<LoadSpec JSON>'; prints one
 * LoadResult JSON line.
 */
import autocannon from 'autocannon';
import { sleep } from './processes.js';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { simRequests, snapshot } from './probe.js';

/**
 * Waits until the upstream counters stop moving: requests still in flight when
 * autocannon stops are finished by the contender all the same, and their
 * upstream calls must land on the right side of a snapshot. Bounded: 5 s.
 */
async function settle(): Promise<void> {
  let last = '';
  let quiet = 0;
  for (let i = 0; i < 50 && quiet < 3; i++) {
    await sleep(100);
    const now = JSON.stringify(await simRequests(spec.statsUrl));
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
const base = { url: spec.url, method: 'POST', body: spec.body, headers: spec.headers, connections: spec.connections };

if (spec.warmupSec > 0) {
  await autocannon({ ...base, duration: spec.warmupSec });
  await settle();
}

let firstMismatch: string | undefined;
const expected = spec.expectBody;
const verifyBody =
  expected === undefined
    ? undefined
    : (body: string): boolean => {
        if (body === expected) return true;
        firstMismatch ??= body.slice(0, 300);
        return false;
      };

const before = await snapshot(spec.statsUrl, spec.pids);
const cpuBefore = process.cpuUsage();
const result = await autocannon({ ...base, duration: spec.durationSec, ...(verifyBody ? { verifyBody } : {}) });
const cpu = process.cpuUsage(cpuBefore);
await settle();
const after = await snapshot(spec.statsUrl, spec.pids);

const statusCodes: Record<string, number> = {};
for (const [code, { count }] of Object.entries(result.statusCodeStats)) statusCodes[code] = count;

const output: LoadResult = {
  completed: result.requests.total,
  sent: result.requests.sent,
  durationSec: result.duration,
  reqPerSec: result.requests.total / result.duration,
  p50: result.latency.p50,
  p99: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  mismatches: result.mismatches,
  verified: verifyBody !== undefined,
  ...(firstMismatch === undefined ? {} : { firstMismatch }),
  statusCodes,
  before,
  after,
  loadCpuMs: (cpu.user + cpu.system) / 1000,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
