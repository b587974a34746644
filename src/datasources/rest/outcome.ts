/**
 * How one upstream call ended. The circuit breaker, the metrics and the log line all read
 * this one value, so "the upstream failed" means the same thing to each of them.
 */
export type Outcome =
  /** 2xx with an answer that passed its guard. */
  | { readonly kind: 'answered'; readonly status: number }
  /** 2xx, but not JSON, truncated, or not the shape the graph needs. */
  | { readonly kind: 'malformed'; readonly status: number }
  /** 4xx: the upstream refused this caller or this input. */
  | { readonly kind: 'refused'; readonly status: number }
  /** 5xx or a status we do not expect (3xx, 1xx). */
  | { readonly kind: 'failed'; readonly status: number }
  | { readonly kind: 'timeout' }
  /** Refused or reset connection, unknown host: nothing useful came back. */
  | { readonly kind: 'unreachable' }
  /** The circuit was open: the call was not attempted. */
  | { readonly kind: 'circuit_open' }
  /** Our own request was not sent at all (it could not be built, the budget was spent, a bug): not the upstream's doing. */
  | { readonly kind: 'not_sent' }
  /**
   * Sent in part, then cut short on our side: its body, still arriving from our own client
   * (an upload sent as it comes), failed or outlasted the budget. The upstream saw a request
   * end early, which is not its doing; told apart from `not_sent` because it did see one.
   */
  | { readonly kind: 'body_cut' };

export const NOT_SENT: Outcome = { kind: 'not_sent' };
export const BODY_CUT: Outcome = { kind: 'body_cut' };

/** True for outcomes the upstream caused by failing: only these count against its circuit. */
export function isUpstreamFailure(outcome: Outcome): boolean {
  return outcome.kind === 'failed' || outcome.kind === 'timeout' || outcome.kind === 'unreachable';
}

/** True for outcomes that prove the upstream is up (it answered, whatever it said). */
export function isUpstreamAlive(outcome: Outcome): boolean {
  return outcome.kind === 'answered' || outcome.kind === 'malformed' || outcome.kind === 'refused';
}

/** The `outcome` label of `gateway_upstream_requests_total`: the status of an answer we could use or a refusal, else the kind. */
export function outcomeLabel(outcome: Outcome): string {
  if (outcome.kind === 'malformed') return 'malformed';
  return 'status' in outcome ? String(outcome.status) : outcome.kind;
}
