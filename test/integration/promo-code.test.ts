import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const PROMO = 'GET /participants/promo_code/check';
const PROMO_OP = 'query ($code: String!) { promoCode(code: $code) { code days } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('promoCode', () => {
  it("gives the seed's code and its days; null for an unknown code, without an error", async () => {
    expect((await h.runAs('demo-participant', PROMO_OP, { code: 'promo60' })).data).toEqual({ promoCode: { code: 'promo60', days: 60 } });
    const unknown = await h.runAs('demo-user', PROMO_OP, { code: 'nope' });
    expect(unknown).toEqual({ status: 200, data: { promoCode: null } });
    expect(await h.calls(PROMO)).toBe(2);
  });

  it('refuses a code that cannot be one before any call, and is UNAUTHENTICATED without a ticket', async () => {
    for (const code of ['', 'promo 60', 'x'.repeat(65), 'a&b=c']) {
      expect((await h.runAs('demo-participant', PROMO_OP, { code })).errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
    }
    expect((await h.runAs(undefined, PROMO_OP, { code: 'promo60' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });

  it('a failing upstream is an error, not a null', async () => {
    await h.fault({ route: PROMO, status: 500, times: 1 });
    expect((await h.runAs('demo-participant', PROMO_OP, { code: 'promo60' })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});
