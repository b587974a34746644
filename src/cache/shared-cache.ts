import type { Metrics } from '../server/metrics.js';
import type { CacheStore } from './cache-store.js';
import { SingleFlight } from './single-flight.js';

/** Options of one {@link SharedCache.getOrLoad} call. */
export interface LoadOptions {
  /**
   * True for a failure that belongs to the caller who loaded (say, their ticket was
   * refused): callers who only shared that flight then load for themselves.
   */
  isCallerSpecific?: (err: unknown) => boolean;
}

/**
 * The cache shared by every request and (through Redis) every instance. Only data that
 * is the same for every caller goes in: nothing user-specific, no credentials in keys.
 */
export class SharedCache {
  private readonly flights = new SingleFlight();

  constructor(
    readonly store: CacheStore,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Returns the cached value for `key`, or loads, stores (JSON) and returns it. Concurrent
   * cold reads of one key cause one load. A store that is down is a miss, never an error.
   */
  async getOrLoad<T>(key: string, ttlSeconds: number, load: () => Promise<T>, options: LoadOptions = {}): Promise<T> {
    const flight = this.flights.run(key, () => this.readThrough(key, ttlSeconds, load));
    try {
      return await flight.promise;
    } catch (err) {
      if (!flight.leader && options.isCallerSpecific?.(err)) return load();
      throw err;
    }
  }

  private async readThrough<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const cached = await this.store.get(key);
    if (cached !== undefined) {
      this.metrics.inc('gateway_cache_requests_total', { result: 'hit' });
      return JSON.parse(cached) as T;
    }
    this.metrics.inc('gateway_cache_requests_total', { result: this.store.isHealthy() ? 'miss' : 'unavailable' });
    const value = await load();
    // Not awaited by the caller's answer: a slow or dead Redis must not delay it.
    void this.store.set(key, JSON.stringify(value), ttlSeconds);
    return value;
  }
}
