import type { CacheStore } from '../../cache/cache-store.js';

/** The cache interface Apollo Server's automatic persisted queries (APQ) use. */
export interface DocumentCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

const NEAR_ENTRIES = 500;

/**
 * APQ documents in the shared store, so that a hash a mobile app registered through one
 * instance is found through every other. A hash names its document for good, so each
 * instance also keeps its most recent documents itself (bounded).
 */
export function createApqCache(store: CacheStore, ttlSeconds: number): DocumentCache {
  const near = new Map<string, string>();
  const remember = (key: string, value: string): void => {
    near.delete(key);
    near.set(key, value);
    if (near.size > NEAR_ENTRIES) near.delete(near.keys().next().value!);
  };
  return {
    async get(key) {
      const known = near.get(key);
      if (known !== undefined) return known;
      const value = await store.get(`apq:${key}`);
      if (value !== undefined) remember(key, value);
      return value;
    },
    async set(key, value) {
      remember(key, value);
      await store.set(`apq:${key}`, value, ttlSeconds);
    },
    async delete(key) {
      near.delete(key);
    },
  };
}
