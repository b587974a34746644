import type { LoadResult } from './load-spec.js';

/** One measured run: a contender under a workload in one round. */
export interface RunRecord {
  contender: string;
  workload: string;
  latencyMs: number;
  round: number;
  result: LoadResult;
}

/** Medians over rounds (totals for the failure counts) of one contender × workload. */
export interface Summary {
  contender: string;
  workload: string;
  latencyMs: number;
  runs: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  mismatches: number;
  /** Upstream requests per operation (request sent), by "METHOD /path". */
  upstreamPerOp: Record<string, number>;
  /** CPU of the contender process per operation, in ms. */
  cpuMsPerOp: number;
  /** CPU of the contender process as a share of one core over the run. */
  cpuShare: number;
  /** CPU of the simulator as a share of one core. */
  simCpuShare: number;
  /** CPU of the bench's Redis as a share of one core (NaN without Redis). */
  redisCpuShare: number;
  /** CPU of the load generator as a share of one core. */
  loadCpuShare: number;
  /** The contender's largest resident set over all its runs, in MB. */
  peakRssMb: number;
  /** Redis commands per operation (request sent), script-run commands included; NaN without Redis. */
  redisPerOp: number;
  /** The same by command (`set`, `eval`, `get` …). */
  redisPerOpByCommand: Record<string, number>;
}

/** The median; the mean of the middle two for an even count; NaN for none. */
export function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Upstream requests per operation in one run, by endpoint (only endpoints that
 * were called). Per request sent, not completed: the contender also serves
 * the requests in flight when the load stopped, and the snapshot waits for them.
 */
export function upstreamPerOp(result: LoadResult): Record<string, number> {
  const perOp: Record<string, number> = {};
  for (const [route, after] of Object.entries(result.after.requests)) {
    const delta = after - (result.before.requests[route] ?? 0);
    if (delta > 0 && !route.includes('/__sim/')) perOp[route] = delta / Math.max(result.sent, 1);
  }
  return perOp;
}

/** Redis calls per operation in one run, by command (empty without Redis). */
export function redisPerOp(result: LoadResult): Record<string, number> {
  const perOp: Record<string, number> = {};
  for (const [command, after] of Object.entries(result.after.redisCalls)) {
    const delta = after - (result.before.redisCalls[command] ?? 0);
    if (delta > 0) perOp[command] = delta / Math.max(result.sent, 1);
  }
  return perOp;
}

function sumValues(record: Record<string, number>): number {
  return Object.values(record).reduce((a, b) => a + b, 0);
}

function medianByKey(records: Array<Record<string, number>>): Record<string, number> {
  const keys = [...new Set(records.flatMap((r) => Object.keys(r)))].sort();
  return Object.fromEntries(keys.map((k) => [k, median(records.map((r) => r[k] ?? 0))]));
}

function cpuDelta(result: LoadResult, index: number): number {
  return (result.after.cpuMs[index] ?? Number.NaN) - (result.before.cpuMs[index] ?? Number.NaN);
}

/** The contender's CPU time per request sent in one run. */
export function cpuMsPerOp(result: LoadResult): number {
  return cpuDelta(result, 0) / Math.max(result.sent, 1);
}

/** Summaries in first-seen order of contender, then workload. */
export function summarize(records: RunRecord[]): Summary[] {
  const groups = new Map<string, RunRecord[]>();
  for (const record of records) {
    const key = `${record.contender}\u0000${record.workload}\u0000${record.latencyMs}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((group) => {
    const results = group.map((g) => g.result);
    const routes = new Set(results.flatMap((r) => Object.keys(upstreamPerOp(r))));
    const perOp: Record<string, number> = {};
    for (const route of [...routes].sort()) perOp[route] = median(results.map((r) => upstreamPerOp(r)[route] ?? 0));
    const sum = (pick: (r: LoadResult) => number): number => results.reduce((acc, r) => acc + pick(r), 0);
    const first = group[0];
    return {
      contender: first?.contender ?? '',
      workload: first?.workload ?? '',
      latencyMs: first?.latencyMs ?? Number.NaN,
      runs: group.length,
      reqPerSec: median(results.map((r) => r.reqPerSec)),
      p50: median(results.map((r) => r.p50)),
      p99: median(results.map((r) => r.p99)),
      non2xx: sum((r) => r.non2xx),
      errors: sum((r) => r.errors),
      // Note: NaN (shown as n/a) when no body was verified: the pre-run check already failed.
      mismatches: results.every((r) => r.verified) ? sum((r) => r.mismatches) : Number.NaN,
      upstreamPerOp: perOp,
      cpuMsPerOp: median(results.map(cpuMsPerOp)),
      cpuShare: median(results.map((r) => cpuDelta(r, 0) / (r.durationSec * 1000))),
      simCpuShare: median(results.map((r) => cpuDelta(r, 1) / (r.durationSec * 1000))),
      redisCpuShare: median(results.map((r) => cpuDelta(r, 2) / (r.durationSec * 1000))),
      loadCpuShare: median(results.map((r) => r.loadCpuMs / (r.durationSec * 1000))),
      peakRssMb: Math.max(...results.map((r) => r.peakRssMb)),
      redisPerOp: median(results.map((r) => (Object.keys(r.after.redisCalls).length === 0 ? Number.NaN : sumValues(redisPerOp(r))))),
      redisPerOpByCommand: medianByKey(results.map(redisPerOp)),
    };
  });
}
