import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../src/cache/memory.store.js';

describe('MemoryStore', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('returns what was set', async () => {
    const store = new MemoryStore();
    await store.set('k', '{"a":1}', 60);
    expect(await store.get('k')).toBe('{"a":1}');
  });

  it('misses an unknown key', async () => {
    expect(await new MemoryStore().get('nope')).toBeUndefined();
  });

  it('keeps a value until its TTL is over, then misses', async () => {
    const store = new MemoryStore();
    await store.set('k', 'v', 10);
    vi.advanceTimersByTime(9_999);
    expect(await store.get('k')).toBe('v');
    vi.advanceTimersByTime(1);
    expect(await store.get('k')).toBeUndefined();
  });

  it('stays expired once expired', async () => {
    const store = new MemoryStore();
    await store.set('k', 'v', 1);
    vi.advanceTimersByTime(5_000);
    expect(await store.get('k')).toBeUndefined();
    expect(await store.get('k')).toBeUndefined();
  });

  it('gives each key its own TTL', async () => {
    const store = new MemoryStore();
    await store.set('short', 's', 1);
    await store.set('long', 'l', 120);
    vi.advanceTimersByTime(2_000);
    expect(await store.get('short')).toBeUndefined();
    expect(await store.get('long')).toBe('l');
  });

  it('restarts the TTL and replaces the value on a new set', async () => {
    const store = new MemoryStore();
    await store.set('k', 'old', 10);
    vi.advanceTimersByTime(8_000);
    await store.set('k', 'new', 10);
    vi.advanceTimersByTime(8_000);
    expect(await store.get('k')).toBe('new');
  });

  it('evicts the oldest insertion past maxEntries', async () => {
    const store = new MemoryStore(3);
    await store.set('a', '1', 60);
    await store.set('b', '2', 60);
    await store.set('c', '3', 60);
    await store.set('d', '4', 60);
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toBe('2');
    expect(await store.get('c')).toBe('3');
    expect(await store.get('d')).toBe('4');
  });

  it('counts a re-set key as newly inserted', async () => {
    const store = new MemoryStore(2);
    await store.set('a', '1', 60);
    await store.set('b', '2', 60);
    await store.set('a', '1b', 60);
    await store.set('c', '3', 60);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('1b');
    expect(await store.get('c')).toBe('3');
  });

  it('never holds more than maxEntries under a flood of distinct keys', async () => {
    const store = new MemoryStore(100);
    for (let i = 0; i < 1_000; i++) await store.set(`k${i}`, String(i), 60);
    let present = 0;
    for (let i = 0; i < 1_000; i++) if ((await store.get(`k${i}`)) !== undefined) present++;
    expect(present).toBe(100);
    expect(await store.get('k999')).toBe('999');
    expect(await store.get('k899')).toBeUndefined();
  });

  it('is always healthy and answers ping', async () => {
    const store = new MemoryStore();
    expect(store.kind).toBe('memory');
    expect(store.isHealthy()).toBe(true);
    expect(await store.ping()).toBe(true);
  });

  it('forgets everything on close', async () => {
    const store = new MemoryStore();
    await store.set('k', 'v', 60);
    await store.close();
    expect(await store.get('k')).toBeUndefined();
  });
});
