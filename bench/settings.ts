/** The benchmark's knobs; every one has an environment override for quick smoke runs. */
export interface Settings {
  /** Seconds of measured load per contender × workload run. */
  durationSec: number;
  /** Seconds of unmeasured load before each run. */
  warmupSec: number;
  /** Rounds of the main workloads (W1–W5) at the first latency. */
  rounds: number;
  /** Rounds of W1–W5 at the other latencies. */
  extraRounds: number;
  /** Rounds of the scale workloads (W6) and of W2-single, at the main latency only. */
  scaleRounds: number;
  connections: number;
  /** SIM_LATENCY_MS values, one phase each (fresh simulator and contenders); the first is the main one. */
  latencies: number[];
  /** Contenders to run, by name. */
  contenders: string[];
  /** Workloads to run, by name (W1 … W6-100). */
  workloads: string[];
  /** Whether to measure the 50 MB upload (ours against a plain pipe). */
  upload: boolean;
  /** `sim` (the project's simulator) or `stub` (bench/stub-upstream.ts: W1 only, for checking the benchmark itself). */
  upstream: 'sim' | 'stub';
  /** Write the table into bench/RESULTS.md: `auto` does it for full runs only. */
  write: 'auto' | 'yes' | 'no';
}

export const ALL_CONTENDERS = ['ours', 'naive', 'standard', 'limit'];
export const ALL_WORKLOADS = ['W1', 'W2', 'W2-single', 'W3', 'W4', 'W5', 'W6-10', 'W6-50', 'W6-100'];

/**
 * The settings of a full run, against which `auto` decides whether a run is a
 * smoke run. Note: chosen so that the whole bench stays under 10 minutes on 2
 * cores: 3 rounds of W1–W5 at 20 ms, two rounds of W6 and W2-single at 20 ms and one round
 * of W1–W5 at 0 ms, 3 s measured after 1 s of warm-up (108 runs of about 5.3 s). W6 gets
 * two rounds because its verdict (linear or not) compares three runs with each other: with
 * one round, a slow minute of the shared machine during one of them bent the curve (two
 * runs of 2026-12-06 said "not linear" for a build that profiles linear).
 */
export const FULL = { durationSec: 3, rounds: 3, extraRounds: 1, scaleRounds: 2, connections: 50, latencies: [20, 0] };

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw}: expected an integer from ${min} to ${max}`);
  }
  return value;
}

function listFrom(name: string, fallback: string[], allowed: string[]): string[] {
  const list = (process.env[name] ?? fallback.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = list.filter((item) => !allowed.includes(item));
  if (unknown.length > 0 || list.length === 0) throw new Error(`${name}: unknown ${unknown.join(', ') || '(empty)'}; expected some of ${allowed.join(', ')}`);
  return list;
}

function latencies(): number[] {
  // Note: SIM_LATENCY_MS alone runs that one latency, as the foundation's bench did.
  const raw = process.env['BENCH_LATENCIES'] ?? process.env['SIM_LATENCY_MS'] ?? FULL.latencies.join(',');
  return raw.split(',').map((s) => {
    const value = Number(s.trim());
    if (!Number.isInteger(value) || value < 0 || value > 10_000) throw new Error(`BENCH_LATENCIES=${raw}: expected ms values from 0 to 10000`);
    return value;
  });
}

/** Reads BENCH_* from the environment and fails fast on nonsense. */
export function readSettings(): Settings {
  const upstream = process.env['BENCH_UPSTREAM'] ?? 'sim';
  if (upstream !== 'sim' && upstream !== 'stub') throw new Error(`BENCH_UPSTREAM=${upstream}: expected sim or stub`);
  const write = process.env['BENCH_WRITE'] === '1' ? 'yes' : process.env['BENCH_WRITE'] === '0' ? 'no' : 'auto';
  return {
    durationSec: intFrom('BENCH_DURATION', FULL.durationSec, 1, 600),
    warmupSec: intFrom('BENCH_WARMUP', 1, 0, 60),
    rounds: intFrom('BENCH_ROUNDS', FULL.rounds, 1, 20),
    extraRounds: intFrom('BENCH_EXTRA_ROUNDS', FULL.extraRounds, 1, 20),
    scaleRounds: intFrom('BENCH_SCALE_ROUNDS', FULL.scaleRounds, 1, 20),
    connections: intFrom('BENCH_CONNECTIONS', FULL.connections, 1, 1000),
    latencies: latencies(),
    contenders: listFrom('BENCH_CONTENDERS', ALL_CONTENDERS, ALL_CONTENDERS),
    workloads: listFrom('BENCH_WORKLOADS', upstream === 'stub' ? ['W1'] : ALL_WORKLOADS, ALL_WORKLOADS),
    upload: process.env['BENCH_UPLOAD'] !== '0' && upstream === 'sim',
    upstream,
    write,
  };
}

/**
 * Rounds of a workload group at a latency: the main workloads get the full
 * count at the main latency and the extra count elsewhere; W6 runs its own
 * count at the main latency only (CPU per operation does not depend on it).
 */
export function roundsFor(settings: Settings, latencyMs: number, group: 'main' | 'scale' | 'latency'): number {
  const main = latencyMs === settings.latencies[0];
  if (group !== 'main') return main ? settings.scaleRounds : 0;
  return main ? settings.rounds : settings.extraRounds;
}

/** True when the run has at least the full settings, all contenders and workloads, and the real simulator. */
export function isFullRun(settings: Settings): boolean {
  return (
    settings.durationSec >= FULL.durationSec &&
    settings.rounds >= FULL.rounds &&
    settings.scaleRounds >= FULL.scaleRounds &&
    settings.connections === FULL.connections &&
    FULL.latencies.every((l) => settings.latencies.includes(l)) &&
    settings.contenders.length === ALL_CONTENDERS.length &&
    settings.workloads.length === ALL_WORKLOADS.length &&
    settings.upload &&
    settings.upstream === 'sim'
  );
}
