/** The benchmark's knobs; every one has an environment override for quick smoke runs. */
export interface Settings {
  /** Seconds of measured load per contender × workload run. */
  durationSec: number;
  /** Seconds of unmeasured load before each run. */
  warmupSec: number;
  rounds: number;
  connections: number;
  simLatencyMs: number;
  /** Contenders to run, by name (BENCH_CONTENDERS=standard,limit while the gateway is not there). */
  contenders: string[];
  /** `sim` (the project's simulator) or `stub` (bench/stub-upstream.ts, for checking the benchmark itself). */
  upstream: 'sim' | 'stub';
  /** Write the table into bench/RESULTS.md: `auto` does it for full runs only. */
  write: 'auto' | 'yes' | 'no';
}

/** The settings of a full run, against which `auto` decides whether a run is a smoke run. */
export const FULL: Pick<Settings, 'durationSec' | 'rounds' | 'connections'> = {
  durationSec: 8,
  rounds: 3,
  connections: 50,
};

function intFrom(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw}: expected an integer from ${min} to ${max}`);
  }
  return value;
}

/** Reads BENCH_* from the environment and fails fast on nonsense. */
export function readSettings(): Settings {
  const contenders = (process.env['BENCH_CONTENDERS'] ?? 'ours,standard,limit').split(',').map((s) => s.trim());
  const unknown = contenders.filter((c) => !['ours', 'standard', 'limit'].includes(c));
  if (unknown.length > 0 || contenders.length === 0) throw new Error(`BENCH_CONTENDERS: unknown ${unknown.join(', ')}`);
  const upstream = process.env['BENCH_UPSTREAM'] ?? 'sim';
  if (upstream !== 'sim' && upstream !== 'stub') throw new Error(`BENCH_UPSTREAM=${upstream}: expected sim or stub`);
  const write = process.env['BENCH_WRITE'] === '1' ? 'yes' : process.env['BENCH_WRITE'] === '0' ? 'no' : 'auto';
  return {
    durationSec: intFrom('BENCH_DURATION', FULL.durationSec, 1, 600),
    warmupSec: intFrom('BENCH_WARMUP', 1, 0, 60),
    rounds: intFrom('BENCH_ROUNDS', FULL.rounds, 1, 20),
    connections: intFrom('BENCH_CONNECTIONS', FULL.connections, 1, 1000),
    simLatencyMs: intFrom('SIM_LATENCY_MS', 20, 0, 10_000),
    contenders,
    upstream,
    write,
  };
}

/** True when the run has at least the full settings, all contenders and the real simulator. */
export function isFullRun(settings: Settings): boolean {
  return (
    settings.durationSec >= FULL.durationSec &&
    settings.rounds >= FULL.rounds &&
    settings.connections === FULL.connections &&
    settings.contenders.length === 3 &&
    settings.upstream === 'sim'
  );
}
