import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import type { Credentials } from '../lib/credentials.js';
import type { RateDecision } from '../ratelimit/rate-limiter.js';
import type { Runtime } from '../runtime.js';

/**
 * Whose budget a request spends: its session ticket's (or merchant token's) hash, else its
 * address. Note: hashed, so that no credential sits in a Redis key.
 */
export function budgetKey(credentials: Credentials, clientIp: string): string {
  const credential = credentials.sessionTicket ?? credentials.merchantToken;
  return credential ? `c:${createHash('sha256').update(credential).digest('base64url')}` : `ip:${clientIp}`;
}

/** Counts one operation against the caller's per-minute budget (RATE_LIMIT_PER_MINUTE). */
export function takeRequestBudget(runtime: Runtime, credentials: Credentials, clientIp: string): Promise<RateDecision> {
  // No limit: no hash to compute on every request.
  if (runtime.config.rateLimitPerMinute <= 0) return Promise.resolve({ allowed: true });
  return runtime.rateLimiter.take('requests', budgetKey(credentials, clientIp), runtime.config.rateLimitPerMinute);
}

/** The refusal of a request over its budget, with `retryAfter` in seconds. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests; retry in ${retryAfterSeconds} s.`, {
    extensions: { code: ErrorCode.RateLimited, retryAfter: retryAfterSeconds },
  });
}
