import type { Metrics } from '../lib/metrics.js';
import type { CacheStore } from './cache-store.js';
import { SingleFlight } from './single-flight.js';

/** How long a landed refresh is still shared (the race it closes is a Redis round trip wide). */
const LANDED_MS = 1000;

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

  /**
   * Refresh flights that landed in the last second, by flight key: a request that read "not
   * known yet" while a flight for the same key was about to land shares its value instead
   * of starting another upstream call.
   */
  private readonly landed = new Map<string, { value: unknown; until: number }>();

  /** This instance's own copies of recent entries, shared by its requests (frozen). */
  private readonly near = new Map<string, { value: unknown; expiresAt: number }>();

  /**
   * @param nearTtlMs how long this instance keeps its own copy of an entry before asking the
   *   store again: a hot key then costs no Redis round trip and no JSON parse per request.
   *   0 turns that off.
   */
  constructor(
    readonly store: CacheStore,
    private readonly metrics: Metrics,
    private readonly nearTtlMs = 0,
    private readonly maxNearEntries = 1000,
  ) {}

  /**
   * Returns the cached value for `key`, or loads, stores (JSON) and returns it. Concurrent
   * cold reads of one key cause one load. A store that is down is a miss, never an error.
   */
  async getOrLoad<T>(key: string, ttlSeconds: number, load: () => Promise<T>, options: LoadOptions = {}): Promise<T> {
    const near = this.nearValue<T>(key);
    if (near !== undefined) return near;
    const flight = this.flights.run(key, () => this.readThrough(key, ttlSeconds, load));
    try {
      return await flight.promise;
    } catch (err) {
      if (!flight.leader && options.isCallerSpecific?.(err)) return load();
      throw err;
    }
  }

  /**
   * Loads afresh whatever the cache holds, stores the result under `key` for everyone and
   * returns it; concurrent calls with the same `flightKey` share one load. For a caller
   * whose right to the shared value is not known yet: the upstream answers for them.
   */
  refresh<T>(key: string, ttlSeconds: number, flightKey: string, load: () => Promise<T>): Promise<T> {
    // A request that looked a moment before the last flight for this key landed still shares it.
    const landed = this.landed.get(flightKey);
    if (landed && landed.until > Date.now()) return Promise.resolve(landed.value as T);
    return this.flights.run(`refresh ${flightKey}`, async () => {
      const value = await load();
      void this.store.set(key, JSON.stringify(value), ttlSeconds);
      this.landed.delete(flightKey);
      // Like every instance-local copy, none when LOCAL_CACHE_TTL_MS is 0.
      if (this.nearTtlMs > 0) this.landed.set(flightKey, { value, until: Date.now() + Math.min(LANDED_MS, this.nearTtlMs, ttlSeconds * 1000) });
      if (this.landed.size > this.maxNearEntries) this.landed.delete(this.landed.keys().next().value!);
      return this.remember(key, value, ttlSeconds * 1000);
    }).promise;
  }

  /** The value under `key`, or undefined (a store that is down is a miss). */
  async get<T>(key: string): Promise<T | undefined> {
    const near = this.nearValue<T>(key);
    if (near !== undefined) return near;
    const cached = await this.store.get(key);
    this.countRead(cached !== undefined);
    return cached === undefined ? undefined : (JSON.parse(cached) as T);
  }

  /** Stores a small value for everyone; fire and forget, like every cache write. */
  set(key: string, value: unknown, ttlSeconds: number): void {
    void this.store.set(key, JSON.stringify(value), ttlSeconds);
    this.remember(key, value, ttlSeconds * 1000);
  }

  private nearValue<T>(key: string): T | undefined {
    const near = this.near.get(key);
    if (!near || near.expiresAt <= Date.now()) return undefined;
    this.metrics.inc('gateway_cache_requests_total', { result: 'near' });
    return near.value as T;
  }

  private countRead(hit: boolean): void {
    this.metrics.inc('gateway_cache_requests_total', { result: hit ? 'hit' : this.store.isHealthy() ? 'miss' : 'unavailable' });
  }

  private async readThrough<T>(key: string, ttlSeconds: number, load: () => Promise<T>): Promise<T> {
    const asked = Date.now();
    const cached = await this.store.getEntry(key);
    this.countRead(cached !== undefined);
    // Timed from before the read, so the copy never outlives the stored entry.
    if (cached !== undefined) return this.remember(key, JSON.parse(cached.value) as T, cached.ttlMs, asked);
    const value = await load();
    // Not awaited by the caller's answer: a slow or dead Redis must not delay it.
    void this.store.set(key, JSON.stringify(value), ttlSeconds);
    return this.remember(key, value, ttlSeconds * 1000);
  }

  /**
   * Keeps this instance's copy of `value` for LOCAL_CACHE_TTL_MS, but never past the shared
   * entry's own expiry (`lifeMs` from `since`): a coin price read from Redis a moment before
   * it expires must not be served for seconds more.
   */
  private remember<T>(key: string, value: T, lifeMs: number, since = Date.now()): T {
    const expiresAt = since + Math.min(this.nearTtlMs, lifeMs);
    if (expiresAt <= Date.now()) {
      this.near.delete(key);
      return value;
    }
    // Every request of this instance gets this very object: freezing it turns an accidental
    // mutation into an error instead of a change that leaks into other requests.
    deepFreeze(value);
    this.near.delete(key);
    this.near.set(key, { value, expiresAt });
    if (this.near.size > this.maxNearEntries) {
      const oldest = this.near.keys().next().value;
      if (oldest !== undefined) this.near.delete(oldest);
    }
    return value;
  }
}

function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
