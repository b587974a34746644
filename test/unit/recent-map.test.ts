import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecentMap } from '../../src/lib/recent-map.js';

describe('RecentMap', () => {
  afterEach(() => vi.useRealTimers());

  it('keeps at most maxEntries, dropping the oldest set first; setting again makes an entry the newest', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    map.set('a', 3);
    map.set('c', 4);
    expect([map.get('a'), map.get('b'), map.get('c')]).toEqual([3, undefined, 4]);
  });

  it('without a time keeps an entry until it is pushed out; with one, forgets it when the time is up', () => {
    vi.useFakeTimers();
    const forever = new RecentMap<string, number>(10);
    const brief = new RecentMap<string, number>(10, 1000);
    forever.set('k', 1);
    brief.set('k', 1);
    vi.advanceTimersByTime(1000);
    expect([forever.get('k'), brief.get('k')]).toEqual([1, undefined]);
  });
});
