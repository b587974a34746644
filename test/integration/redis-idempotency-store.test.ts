import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RedisIdempotencyStore } from '../../src/idempotency/redis-idempotency.store.js';
import { createLogger } from '../../src/lib/logger.js';

describe('RedisIdempotencyStore', () => {
  const prefix = `test:${randomUUID()}:`;
  let store: RedisIdempotencyStore;
  let raw: Redis;
  beforeAll(() => {
    store = new RedisIdempotencyStore(inject('redisUrl'), prefix, createLogger('silent'));
    raw = new Redis(inject('redisUrl'));
  });
  afterAll(async () => {
    await store.close();
    raw.disconnect();
  });

  it('claims a key once, under the gateway’s key prefix, with the given TTL', async () => {
    expect(await store.claim('k1', 'pending-a', 5000)).toBe(true);
    expect(await store.claim('k1', 'pending-b', 5000)).toBe(false);
    expect(await store.get('k1')).toBe('pending-a');
    expect(await raw.get(`${prefix}k1`)).toBe('pending-a');
    expect(await raw.pttl(`${prefix}k1`)).toBeGreaterThan(4000);
  });

  it('settles with one plain write for the retention, and releases only a value that is still the expected one', async () => {
    await store.claim('k2', 'mine', 1000);
    await store.settle('k2', 'done', 86_400_000);
    expect(await store.get('k2')).toBe('done');
    expect(await raw.pttl(`${prefix}k2`)).toBeGreaterThan(86_000_000);
    await store.release('k2', 'mine');
    expect(await store.get('k2')).toBe('done');
    await store.claim('k3', 'mine', 5000);
    await store.release('k3', 'not mine');
    expect(await store.get('k3')).toBe('mine');
    await store.release('k3', 'mine');
    expect(await store.get('k3')).toBeNull();
  });

  it('stores a result again when its marker vanished (a flush), rather than lose it', async () => {
    await store.claim('k4', 'mine', 60_000);
    await raw.del(`${prefix}k4`);
    await store.settle('k4', 'done', 60_000);
    expect(await store.get('k4')).toBe('done');
  });
});
