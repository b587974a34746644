/** What one GraphQL operation cost, counted as it runs, for its access-log line. */
export interface RequestTally {
  /** Upstream HTTP calls sent (cache hits, memoised reads and refusals before sending are not calls). */
  upstreamCalls: number;
}

/** A fresh tally for one operation. */
export function createTally(): RequestTally {
  return { upstreamCalls: 0 };
}
