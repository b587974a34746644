import { describe, expect, it } from 'vitest';
import { mapBounded } from '../../src/lib/bounded-map.js';

describe('mapBounded', () => {
  it('keeps at most `limit` calls in flight and answers in input order, failures as Errors', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, n * 3));
      inFlight--;
      if (n === 4) throw new Error('four');
      return n * 10;
    });
    expect(most).toBe(3);
    expect(results.map((r) => (r instanceof Error ? r.message : r))).toEqual([50, 10, 'four', 20, 30, 0, 60]);
  });

  it('answers an empty list with an empty list', async () => {
    expect(await mapBounded([], 4, async () => 1)).toEqual([]);
  });
});
