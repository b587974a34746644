import { RecentMap } from '../lib/recent-map.js';
import type { SharedCache } from './shared-cache.js';
import { SingleFlight } from './single-flight.js';

/**
 * Which callers an upstream has recently accepted for a shared answer (the plan
 * catalogue): a cached answer goes only to a caller the upstream itself said yes to, so
 * the same ticket gets the same answer whether the cache is warm or cold. Keys hold the
 * credentials' hash, never the credentials.
 *
 * Note: only acceptances are kept. Keeping refusals would let anyone fill the store with
 * made-up tickets, and a refused ticket just asks the upstream again (and is refused).
 */
/** Yeses one instance keeps its own copy of at once. */
const MAX_LOCAL = 10_000;

export class CallerVerdicts {
  /** This instance's own copy of recent yeses, like a near copy of a shared entry. */
  private readonly accepted: RecentMap<string, true>;
  /** Reads of the shared store in flight: concurrent asks of one caller share one. */
  private readonly reads = new SingleFlight();

  /**
   * @param localTtlMs how long this instance believes a yes it read or heard without asking
   *   Redis again (LOCAL_CACHE_TTL_MS; 0: always ask). Note: every shared read of a cached
   *   answer asks; without this copy each of them cost a Redis round trip (profiled).
   */
  constructor(
    private readonly cache: SharedCache,
    private readonly ttlSeconds: number,
    localTtlMs = 0,
  ) {
    this.accepted = new RecentMap(MAX_LOCAL, Math.min(localTtlMs, ttlSeconds * 1000));
  }

  /** True when the upstream accepted this caller for `scope` within the last TTL. */
  isAccepted(scope: string, callerKey: string): Promise<boolean> {
    const k = key(scope, callerKey);
    if (this.accepted.get(k)) return Promise.resolve(true);
    // Note: when the instance's copy runs out, every request of that caller in flight asks at
    // once (50 GETs per scope at 50 connections, profiled); they share one read instead.
    return this.reads.run(k, () => this.read(k)).promise;
  }

  private async read(k: string): Promise<boolean> {
    const yes = (await this.cache.get<number>(k)) === 1;
    if (yes) this.accepted.set(k, true);
    return yes;
  }

  /** Remembers that the upstream accepted this caller for `scope`. */
  accept(scope: string, callerKey: string): void {
    const k = key(scope, callerKey);
    this.accepted.set(k, true);
    this.cache.set(k, 1, this.ttlSeconds);
  }
}

/** The scope of a verdict: one upstream endpoint, as `<upstream>:<endpoint name>`. */
export function verdictScope(upstream: string, endpoint: string): string {
  return `${upstream}:${endpoint}`;
}

function key(scope: string, callerKey: string): string {
  return `verdict:${scope}:${callerKey}`;
}
