/** What the orchestrator asks the load worker to do (passed as JSON in argv). */
export interface LoadSpec {
  url: string;
  body: string;
  headers: Record<string, string>;
  connections: number;
  durationSec: number;
  /** Load before measuring (JIT, connection pools); not counted anywhere. */
  warmupSec: number;
  /** The validated response body; any other body counts as a mismatch. Absent: only HTTP status counts. */
  expectBody?: string;
  /** The simulator's GET /__sim/stats, read just before and just after the measured run. */
  statsUrl: string;
  /** Processes whose CPU time is read just before and just after the measured run; the first is the contender. */
  pids: number[];
  /** Per request: the query and the variable that gets a fresh UUID each time (W5's idempotency key). */
  fresh?: { query: string; variable: string };
  /** Per request, round robin: the session ticket to send (W5: each wallet's coins last only so long). */
  rotateTickets?: { header: string; tickets: string[] };
  /** POSTed after the warm-up: the simulator's reset, for workloads that spend its state. */
  resetUrl?: string;
  /** The bench's Redis, whose command counter is read with the other counters. */
  redisPort?: number;
}

/** Upstream request counters, CPU times and Redis commands at one instant. */
export interface Snapshot {
  requests: Record<string, number>;
  cpuMs: number[];
  /** Redis calls per command (`INFO commandstats`; empty without Redis). */
  redisCalls: Record<string, number>;
}

/** What the load worker reports (one JSON line on stdout). */
export interface LoadResult {
  completed: number;
  /** Requests sent, including those still in flight when the load stopped (the contender finishes them). */
  sent: number;
  durationSec: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** Bodies that differ from expectBody; only meaningful when `verified`. */
  mismatches: number;
  verified: boolean;
  firstMismatch?: string;
  statusCodes: Record<string, number>;
  before: Snapshot;
  after: Snapshot;
  /** CPU the load generator itself used during the measured run. */
  loadCpuMs: number;
  /** The contender's largest resident set during the measured run, in MB (sampled every 50 ms). */
  peakRssMb: number;
}
