import { describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { SharedCache } from '../../src/cache/shared-cache.js';
import { Metrics } from '../../src/lib/metrics.js';
import { TimedStore } from '../helpers/cache-stores.js';

describe('SharedCache near copies (LOCAL_CACHE_TTL_MS)', () => {
  it('answers repeated reads from its own frozen copy without asking the store', async () => {
    const store = new MemoryStore();
    let gets = 0;
    const counting = Object.assign(Object.create(store) as MemoryStore, {
      get: (key: string) => {
        gets++;
        return store.get(key);
      },
      // Whichever read the cache uses (the value alone, or with its remaining life) is counted.
      getEntry: async (key: string) => {
        gets++;
        const value = await store.get(key);
        return value === undefined ? undefined : { value, ttlMs: 300_000 };
      },
    });
    const metrics = new Metrics();
    const cache = new SharedCache(counting, metrics, 60_000);
    let loads = 0;
    const load = async () => ({ list: [{ id: 'basic' }], n: ++loads });
    const first = await cache.getOrLoad('k', 300, load);
    const second = await cache.getOrLoad('k', 300, load);
    expect(second).toBe(first);
    expect(loads).toBe(1);
    expect(gets).toBe(1);
    expect(Object.isFrozen(first.list[0])).toBe(true);
    expect(metrics.get('gateway_cache_requests_total', { result: 'near' })).toBe(1);
  });

  it('asks the store again once its copy is older than the near TTL', async () => {
    const store = new MemoryStore();
    const cache = new SharedCache(store, new Metrics(), 20);
    let loads = 0;
    await cache.getOrLoad('k', 300, async () => ++loads);
    await store.set('k', JSON.stringify(42), 300);
    await new Promise((r) => setTimeout(r, 40));
    expect(await cache.getOrLoad('k', 300, async () => ++loads)).toBe(42);
    expect(loads).toBe(1);
  });
});

describe('SharedCache near copies never outlive the shared entry', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps a copy read near its expiry only as long as the entry has left, then asks the store again', async () => {
    const store = new TimedStore();
    // Another instance stored this price almost 120 s ago: 60 ms are left of it.
    store.put('price', JSON.stringify({ perCoin: 1 }), 60);
    const cache = new SharedCache(store, new Metrics(), 60_000);
    const load = vi.fn(async () => ({ perCoin: 2 }));
    expect(await cache.getOrLoad('price', 120, load)).toEqual({ perCoin: 1 });
    expect(await cache.getOrLoad('price', 120, load)).toEqual({ perCoin: 1 });
    expect(store.reads).toBe(1);
    await sleep(90);
    // The shared entry is gone: the price is read afresh, not served from this instance's copy.
    expect(await cache.getOrLoad('price', 120, load)).toEqual({ perCoin: 2 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(store.reads).toBe(2);
  });

  it('keeps a copy for LOCAL_CACHE_TTL_MS when the entry has longer left', async () => {
    const store = new TimedStore();
    store.put('plans', '["basic"]', 100_000);
    const cache = new SharedCache(store, new Metrics(), 40);
    const load = vi.fn(async () => ['other']);
    for (let i = 0; i < 3; i++) expect(await cache.getOrLoad('plans', 300, load)).toEqual(['basic']);
    expect(store.reads).toBe(1);
    store.put('plans', '["light"]', 100_000);
    await sleep(60);
    expect(await cache.getOrLoad('plans', 300, load)).toEqual(['light']);
    expect(store.reads).toBe(2);
    expect(load).not.toHaveBeenCalled();
  });

  it('keeps a loaded value no longer than the TTL it is stored with', async () => {
    const store = new TimedStore();
    const cache = new SharedCache(store, new Metrics(), 60_000);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.getOrLoad('k', 0.05, load)).toBe(1);
    expect(await cache.getOrLoad('k', 0.05, load)).toBe(1);
    await sleep(80);
    expect(await cache.getOrLoad('k', 0.05, load)).toBe(2);
  });
});
