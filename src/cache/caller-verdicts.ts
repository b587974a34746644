import type { SharedCache } from './shared-cache.js';

/**
 * Which callers an upstream has recently accepted for a shared answer (the plan
 * catalogue): a cached answer goes only to a caller the upstream itself said yes to, so
 * the same ticket gets the same answer whether the cache is warm or cold. Keys hold the
 * credentials' hash, never the credentials.
 *
 * Note: only acceptances are kept. Keeping refusals would let anyone fill the store with
 * made-up tickets, and a refused ticket just asks the upstream again (and is refused).
 */
export class CallerVerdicts {
  constructor(
    private readonly cache: SharedCache,
    private readonly ttlSeconds: number,
  ) {}

  /** True when the upstream accepted this caller for `scope` within the last TTL. */
  async isAccepted(scope: string, callerKey: string): Promise<boolean> {
    return (await this.cache.get<number>(key(scope, callerKey))) === 1;
  }

  /** Remembers that the upstream accepted this caller for `scope`. */
  accept(scope: string, callerKey: string): void {
    this.cache.set(key(scope, callerKey), 1, this.ttlSeconds);
  }
}

/** The scope of a verdict: one upstream endpoint, as `<upstream>:<endpoint name>`. */
export function verdictScope(upstream: string, endpoint: string): string {
  return `${upstream}:${endpoint}`;
}

function key(scope: string, callerKey: string): string {
  return `verdict:${scope}:${callerKey}`;
}
