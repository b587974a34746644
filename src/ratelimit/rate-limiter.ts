import type { CacheStore } from '../cache/cache-store.js';
import { MemoryStore } from '../cache/memory.store.js';
import type { Metrics } from '../lib/metrics.js';

/** A limiter's answer for one request. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows of requests per key (a credential's hash, or a client IP),
 * counted in the shared store so that the limit holds across instances. Note: when Redis
 * cannot answer, each instance counts for itself: the limit loosens to one budget per
 * instance, it never falls away.
 */
export class RateLimiter {
  private readonly local = new MemoryStore(50_000);

  constructor(
    private readonly store: CacheStore,
    private readonly metrics: Metrics,
  ) {}

  /** Counts one request against `key` and says whether it fits `perMinute` (0: no limit). */
  async take(scope: string, key: string, perMinute: number): Promise<RateDecision> {
    if (perMinute <= 0) return { allowed: true };
    const counterKey = `ratelimit:${scope}:${key}`;
    const window = (await this.store.increment(counterKey, WINDOW_MS)) ?? (await this.local.increment(counterKey, WINDOW_MS));
    if (window.count <= perMinute) return { allowed: true };
    this.metrics.inc('gateway_rate_limited_total', { scope });
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(window.resetInMs / 1000)) };
  }
}
