import { describe, expect, inject, it } from 'vitest';
import type { CacheStore } from '../../src/cache/cache-store.js';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { RedisStore } from '../../src/cache/redis.store.js';
import type { Logger } from '../../src/lib/logger.js';

const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

async function behaves(store: CacheStore): Promise<void> {
  const key = `leases:${Math.random()}`;
  expect(await store.claimLease(key, 'a', 2, 10_000)).toBe(true);
  expect(await store.claimLease(key, 'b', 2, 10_000)).toBe(true);
  expect(await store.claimLease(key, 'c', 2, 10_000)).toBe(false);
  // A holder renews without taking another place.
  expect(await store.claimLease(key, 'a', 2, 10_000)).toBe(true);
  await store.releaseLease(key, 'b');
  expect(await store.claimLease(key, 'c', 2, 10_000)).toBe(true);
  // A lease nobody renews lapses (a crashed instance's subscriptions), freeing its place.
  // A second of life: the claim right after must still find it held, even a Redis round trip later.
  const short = `leases:${Math.random()}`;
  const TTL_MS = 1000;
  expect(await store.claimLease(short, 'x', 1, TTL_MS)).toBe(true);
  // Its expiry was stamped before the claim answered: it has surely lapsed once this has passed.
  const lapsedAt = Date.now() + TTL_MS;
  expect(await store.claimLease(short, 'y', 1, TTL_MS)).toBe(false);
  while (Date.now() <= lapsedAt) await new Promise((r) => setTimeout(r, lapsedAt - Date.now() + 1));
  expect(await store.claimLease(short, 'y', 1, TTL_MS)).toBe(true);
}

describe('leases', () => {
  it('in memory: at most the limit, renewable, released, lapsing', async () => {
    await behaves(new MemoryStore());
  });

  it('in Redis: the same, in one script', async () => {
    const store = new RedisStore(inject('redisUrl'), `test:${Math.random()}:`, silent);
    try {
      expect(await store.whenReady(5000)).toBe(true);
      await behaves(store);
    } finally {
      await store.close();
    }
  });
});
