import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

/**
 * The SHOULDs of the GraphQL-over-HTTP spec this server does not meet, each listed with
 * its reason in the README ("GraphQL over HTTP"). Meeting one more fails this test too, so
 * that the README is corrected.
 */
const KNOWN_SHOULD_MISSES = new Set(['572B', 'FDE2', '7B9B']);

describe('GraphQL over HTTP (graphql-http audit suite, against the real server)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('passes every MUST audit, and misses only the SHOULDs the README explains', async () => {
    const failedMusts: string[] = [];
    const missedShoulds: string[] = [];
    for (const audit of serverAudits({ url: h.gateway.url, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'error') failedMusts.push(`${audit.id} ${audit.name}: ${result.reason}`);
      if (result.status === 'warn') missedShoulds.push(audit.id);
    }
    expect(failedMusts).toEqual([]);
    expect(new Set(missedShoulds)).toEqual(KNOWN_SHOULD_MISSES);
  });
});
