import { describe, expect, it, vi } from 'vitest';
import { CallerVerdicts } from '../../src/cache/caller-verdicts.js';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { SharedCache } from '../../src/cache/shared-cache.js';
import { Metrics } from '../../src/lib/metrics.js';

function setup(localTtlMs: number) {
  const cache = new SharedCache(new MemoryStore(), new Metrics());
  const reads = vi.spyOn(cache, 'get');
  return { verdicts: new CallerVerdicts(cache, 60, localTtlMs), reads };
}

describe('CallerVerdicts', () => {
  it('asks the shared store once for 50 concurrent checks of one caller, and all get the answer', async () => {
    const { verdicts, reads } = setup(0);
    verdicts.accept('payments:getBillingPlans', 'caller-a');
    const answers = await Promise.all(Array.from({ length: 50 }, () => verdicts.isAccepted('payments:getBillingPlans', 'caller-a')));
    expect(answers.every((yes) => yes)).toBe(true);
    expect(reads).toHaveBeenCalledTimes(1);
    // Once answered, the next check reads again (no instance copy with a local TTL of 0).
    await verdicts.isAccepted('payments:getBillingPlans', 'caller-a');
    expect(reads).toHaveBeenCalledTimes(2);
  });

  it('keeps scopes and callers apart: a yes for one is no yes for another', async () => {
    const { verdicts } = setup(2000);
    verdicts.accept('payments:getBillingPlans', 'caller-a');
    const [same, otherCaller, otherScope] = await Promise.all([
      verdicts.isAccepted('payments:getBillingPlans', 'caller-a'),
      verdicts.isAccepted('payments:getBillingPlans', 'caller-b'),
      verdicts.isAccepted('payments:getCoinPrice', 'caller-a'),
    ]);
    expect([same, otherCaller, otherScope]).toEqual([true, false, false]);
  });

  it('answers from the instance copy without a read while it lasts', async () => {
    const { verdicts, reads } = setup(2000);
    verdicts.accept('payments:getBillingPlans', 'caller-a');
    expect(await verdicts.isAccepted('payments:getBillingPlans', 'caller-a')).toBe(true);
    expect(reads).not.toHaveBeenCalled();
  });
});
