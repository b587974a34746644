import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallerMemo } from '../../src/cache/caller-memo.js';

describe('CallerMemo', () => {
  afterEach(() => vi.useRealTimers());

  it('answers what was remembered for that caller only, until its time is up', () => {
    vi.useFakeTimers();
    const memo = new CallerMemo<string>(30_000);
    memo.remember('a', 'range of a');
    expect(memo.get('a')).toBe('range of a');
    expect(memo.get('b')).toBeUndefined();
    vi.advanceTimersByTime(29_999);
    expect(memo.get('a')).toBe('range of a');
    vi.advanceTimersByTime(1);
    expect(memo.get('a')).toBeUndefined();
  });

  it('keeps nothing with a time of 0', () => {
    const memo = new CallerMemo<string>(0);
    memo.remember('a', 'x');
    expect(memo.get('a')).toBeUndefined();
  });

  it('forgets the oldest caller first when 10 000 are remembered, so a flood of tickets cannot grow memory', () => {
    const memo = new CallerMemo<number>(60_000);
    for (let i = 0; i <= 10_000; i++) memo.remember(`caller ${i}`, i);
    expect(memo.get('caller 0')).toBeUndefined();
    expect(memo.get('caller 1')).toBe(1);
    expect(memo.get('caller 10000')).toBe(10_000);
  });
});
