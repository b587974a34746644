import type { Outcome } from './outcome.js';

/** Retries of an idempotent read, at most (seed-independent: the rule). */
export const MAX_READ_RETRIES = 2;
const BASE_DELAY_MS = 100;
/** An attempt needs at least this much budget left to be worth starting. */
export const MIN_ATTEMPT_MS = 50;

/** Statuses that say "try again": too busy, or a proxy in front of the upstream failed. */
const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/** True for an outcome a read may be retried after. Note: never a timeout (a slow upstream asked twice is twice as slow). */
export function isRetriable(outcome: Outcome): boolean {
  if (outcome.kind === 'unreachable') return true;
  return (outcome.kind === 'failed' || outcome.kind === 'refused') && RETRY_STATUSES.has(outcome.status);
}

/**
 * How long to wait before retry number `retry` (1 or 2): the upstream's Retry-After when
 * it sent one, else an exponential backoff with full jitter (so that many gateway
 * instances retrying one failure do not arrive together).
 */
export function retryDelayMs(retry: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return retryAfterMs;
  const ceiling = BASE_DELAY_MS * 2 ** (retry - 1);
  return Math.round(ceiling / 2 + random() * ceiling);
}
