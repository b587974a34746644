/**
 * The load generator, run as its own process by bench/load.ts so that
 * autocannon never shares an event loop with the orchestrator or a contender.
 * Usage: node --import tsx bench/load-worker.ts, then one LoadSpec JSON per
 * line on stdin; it answers each with one LoadResult JSON line on stdout.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { sleep } from './processes.js';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { rssMb, simRequests, snapshot } from './probe.js';

/**
 * Waits until the upstream counters stop moving: requests still in flight when
 * autocannon stops are finished by the contender all the same, and their
 * upstream calls must land on the right side of a snapshot. Bounded: 5 s.
 */
async function settle(spec: LoadSpec): Promise<void> {
  let last = '';
  let quiet = 0;
  for (let i = 0; i < 50 && quiet < 3; i++) {
    await sleep(100);
    const now = JSON.stringify(await simRequests(spec.statsUrl));
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}

/** A per-request body and ticket, when the workload asks for them; autocannon calls it before every request. */
function perRequest(spec: LoadSpec): autocannon.Request[] | undefined {
  const { fresh, rotateTickets } = spec;
  if (!fresh && !rotateTickets) return undefined;
  let n = 0;
  return [
    {
      setupRequest: (req) => {
        const headers = rotateTickets
          ? { ...spec.headers, [rotateTickets.header]: rotateTickets.tickets[n++ % rotateTickets.tickets.length] ?? '' }
          : spec.headers;
        const body = fresh ? JSON.stringify({ query: fresh.query, variables: { [fresh.variable]: randomUUID() } }) : spec.body;
        return { ...req, headers, body };
      },
    },
  ];
}

/** One measured run: warm-up, optional reset, the measured load between two snapshots. */
async function measure(spec: LoadSpec): Promise<LoadResult> {
  const requests = perRequest(spec);
  const base = {
    url: spec.url,
    method: 'POST',
    body: spec.body,
    headers: spec.headers,
    connections: spec.connections,
    ...(requests ? { requests } : {}),
  };

  if (spec.warmupSec > 0) {
    await autocannon({ ...base, duration: spec.warmupSec });
    await settle(spec);
  }
  if (spec.resetUrl) await fetch(spec.resetUrl, { method: 'POST' });

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

  const contender = spec.pids[0] ?? 0;
  let peakRss = rssMb(contender);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(contender))), 50);
  const before = await snapshot(spec.statsUrl, spec.pids, spec.redisPort);
  const cpuBefore = process.cpuUsage();
  const result = await autocannon({ ...base, duration: spec.durationSec, ...(verifyBody ? { verifyBody } : {}) });
  const cpu = process.cpuUsage(cpuBefore);
  await settle(spec);
  clearInterval(sampler);
  const after = await snapshot(spec.statsUrl, spec.pids, spec.redisPort);

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
    peakRssMb: peakRss,
  };
  return output;
}

for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === '') continue;
  process.stdout.write(`${JSON.stringify(await measure(JSON.parse(line) as LoadSpec))}\n`);
}
