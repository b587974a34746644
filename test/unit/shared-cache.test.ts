import { describe, expect, it, vi } from 'vitest';
import type { CacheStore } from '../../src/cache/cache-store.js';
import { DeadStore } from '../helpers/cache-stores.js';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { SharedCache } from '../../src/cache/shared-cache.js';
import { Metrics } from '../../src/lib/metrics.js';

const CACHE_METRIC = 'gateway_cache_requests_total';

function setup(store: CacheStore = new MemoryStore()) {
  const metrics = new Metrics();
  return { cache: new SharedCache(store, metrics), metrics, store };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedCache.getOrLoad', () => {
  it('calls the loader once for 20 concurrent reads of a cold key, and all get the value', async () => {
    const { cache, metrics } = setup();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const load = vi.fn(async () => {
      await gate;
      return { plans: ['basic', 'light'] };
    });
    const reads = Array.from({ length: 20 }, () => cache.getOrLoad('plans', 60, load));
    await settle();
    release();
    const values = await Promise.all(reads);
    expect(load).toHaveBeenCalledTimes(1);
    expect(values).toHaveLength(20);
    for (const value of values) expect(value).toEqual({ plans: ['basic', 'light'] });
    expect(metrics.get(CACHE_METRIC, { result: 'miss' })).toBe(1);
    expect(metrics.get(CACHE_METRIC, { result: 'hit' })).toBe(0);
  });

  it('answers a later read from the store (a hit) without loading', async () => {
    const { cache, metrics, store } = setup();
    const load = vi.fn(async () => ({ cost: '195', n: 1 }));
    await cache.getOrLoad('k', 60, load);
    expect(await store.get('k')).toBe('{"cost":"195","n":1}');
    const second = await cache.getOrLoad('k', 60, load);
    expect(second).toEqual({ cost: '195', n: 1 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(metrics.get(CACHE_METRIC, { result: 'hit' })).toBe(1);
    expect(metrics.get(CACHE_METRIC, { result: 'miss' })).toBe(1);
  });

  it('stores with the TTL it was given', async () => {
    const store = new MemoryStore();
    const set = vi.spyOn(store, 'set');
    const { cache } = setup(store);
    await cache.getOrLoad('k', 120, async () => 'v');
    expect(set).toHaveBeenCalledWith('k', '"v"', 120);
  });

  it('keeps different keys apart', async () => {
    const { cache } = setup();
    expect(await cache.getOrLoad('a', 60, async () => 'A')).toBe('A');
    expect(await cache.getOrLoad('b', 60, async () => 'B')).toBe('B');
    expect(await cache.getOrLoad('a', 60, async () => 'other')).toBe('A');
  });

  it('shares a load error with every concurrent caller and caches nothing', async () => {
    const { cache, store } = setup();
    const boom = new Error('upstream down');
    const load = vi.fn(async () => {
      await settle();
      throw boom;
    });
    const reads = Array.from({ length: 5 }, () => cache.getOrLoad('k', 60, load));
    const results = await Promise.allSettled(reads);
    expect(load).toHaveBeenCalledTimes(1);
    for (const result of results) expect(result).toEqual({ status: 'rejected', reason: boom });
    expect(await store.get('k')).toBeUndefined();

    const recovered = await cache.getOrLoad('k', 60, async () => 'ok');
    expect(recovered).toBe('ok');
  });

  it('shares an error that isCallerSpecific does not claim', async () => {
    const { cache } = setup();
    const boom = new Error('503');
    const options = { isCallerSpecific: () => false };
    const leader = cache.getOrLoad('k', 60, async () => {
      await settle();
      throw boom;
    }, options);
    const followerLoad = vi.fn(async () => 'mine');
    const follower = cache.getOrLoad('k', 60, followerLoad, options);
    await expect(leader).rejects.toBe(boom);
    await expect(follower).rejects.toBe(boom);
    expect(followerLoad).not.toHaveBeenCalled();
  });

  it("lets followers load for themselves when the leader's error is caller-specific", async () => {
    const { cache } = setup();
    const refused = Object.assign(new Error('401'), { callerSpecific: true });
    const isCallerSpecific = (err: unknown) => (err as { callerSpecific?: boolean }).callerSpecific === true;
    const leader = cache.getOrLoad(
      'k',
      60,
      async () => {
        await settle();
        throw refused;
      },
      { isCallerSpecific },
    );
    const followerLoads = [1, 2, 3].map((i) => vi.fn(async () => `value-${i}`));
    const followers = followerLoads.map((load) => cache.getOrLoad('k', 60, load, { isCallerSpecific }));
    await expect(leader).rejects.toBe(refused);
    expect(await Promise.all(followers)).toEqual(['value-1', 'value-2', 'value-3']);
    for (const load of followerLoads) expect(load).toHaveBeenCalledTimes(1);
  });

  it('passes on a follower’s own error after a caller-specific leader error', async () => {
    const { cache } = setup();
    const isCallerSpecific = () => true;
    const leader = cache.getOrLoad('k', 60, async () => {
      await settle();
      throw new Error('leader refused');
    }, { isCallerSpecific });
    const own = new Error('follower refused');
    const follower = cache.getOrLoad('k', 60, async () => {
      throw own;
    }, { isCallerSpecific });
    await expect(leader).rejects.toThrow('leader refused');
    await expect(follower).rejects.toBe(own);
  });

  it('loads every time and counts `unavailable` when the store is down', async () => {
    const store = new DeadStore();
    const { cache, metrics } = setup(store);
    const load = vi.fn(async () => ({ price: '0.04' }));
    for (let i = 0; i < 3; i++) expect(await cache.getOrLoad('prices', 60, load)).toEqual({ price: '0.04' });
    expect(load).toHaveBeenCalledTimes(3);
    expect(metrics.get(CACHE_METRIC, { result: 'unavailable' })).toBe(3);
    expect(metrics.get(CACHE_METRIC, { result: 'miss' })).toBe(0);
    expect(metrics.get(CACHE_METRIC, { result: 'hit' })).toBe(0);
  });

  it('still coalesces concurrent reads when the store is down', async () => {
    const { cache } = setup(new DeadStore());
    const load = vi.fn(async () => {
      await settle();
      return 'v';
    });
    const values = await Promise.all(Array.from({ length: 10 }, () => cache.getOrLoad('k', 60, load)));
    expect(values).toEqual(Array(10).fill('v'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('does not wait for a slow store write before answering', async () => {
    const store = new MemoryStore();
    vi.spyOn(store, 'set').mockImplementation(() => new Promise<void>(() => {}));
    const { cache } = setup(store);
    await expect(cache.getOrLoad('k', 60, async () => 'v')).resolves.toBe('v');
  });
});

describe('SharedCache.refresh', () => {
  it('shares a flight that has just landed with a request that looked a moment before', async () => {
    const cache = new SharedCache(new MemoryStore(), new Metrics(), 2000);
    let loads = 0;
    const load = async () => ({ n: ++loads });
    expect(await cache.refresh('k', 60, 'k caller', load)).toEqual({ n: 1 });
    expect(await cache.refresh('k', 60, 'k caller', load)).toEqual({ n: 1 });
    // Another caller's flight is its own: the upstream answers for each caller once.
    expect(await cache.refresh('k', 60, 'k other', load)).toEqual({ n: 2 });
  });

  it('keeps no such copy when instance-local copies are off (LOCAL_CACHE_TTL_MS=0)', async () => {
    const cache = new SharedCache(new MemoryStore(), new Metrics(), 0);
    let loads = 0;
    const load = async () => ++loads;
    await cache.refresh('k', 60, 'k caller', load);
    await cache.refresh('k', 60, 'k caller', load);
    expect(loads).toBe(2);
  });
});
