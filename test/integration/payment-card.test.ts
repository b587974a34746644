import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const DELETE_CARD = 'DELETE /payments-service/user/card';
const SET_CARD = 'mutation ($token: String!) { setPaymentCard(token: $token) }';
const DELETE_CARD_OP = 'mutation { deletePaymentCard }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

/** The sum of the simulator's counters whose route starts with `prefix` (a path with a parameter). */
async function callsStartingWith(prefix: string): Promise<number> {
  return Object.entries(await h.stats())
    .filter(([route]) => route.startsWith(prefix))
    .reduce((sum, [, n]) => sum + n, 0);
}

describe('setPaymentCard and deletePaymentCard', () => {
  it('sets a card from a token (it shows on the billing plan), then deletes it', async () => {
    expect((await h.runAs('demo-system', SET_CARD, { token: 'tok_visa' })).data).toEqual({ setPaymentCard: true });
    expect(await callsStartingWith('PUT /payments-service/user/card/tok_visa')).toBe(1);
    const plan = await h.runAs('demo-system', '{ participant { billingPlan { card { brand last4 } } } }');
    expect(plan.data).toEqual({ participant: { billingPlan: { card: { brand: 'Visa', last4: '4242' } } } });
    expect((await h.runAs('demo-system', DELETE_CARD_OP)).data).toEqual({ deletePaymentCard: true });
    expect(await h.calls(DELETE_CARD)).toBe(1);
  });

  it("keeps a paid plan's card: CONFLICT with the upstream's message", async () => {
    const res = await h.runAs('demo-participant', DELETE_CARD_OP);
    expect(res.errors?.[0]).toMatchObject({
      message: 'For plans other than basic payment card is required',
      extensions: { code: 'CONFLICT', upstream: { status: 409, errorId: 'payments-card_required' } },
    });
  });

  it('deleting when there is no card is NOT_FOUND', async () => {
    const res = await h.runAs('demo-system', DELETE_CARD_OP);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { errorId: 'payments-card_not_found' } });
  });

  it('refuses a raw card number or a malformed token before any call, never repeating it', async () => {
    for (const token of ['4242424242424242', '4242 4242 4242 4241', 'tok visa', '../card', '']) {
      const res = await h.runAs('demo-participant', SET_CARD, { token });
      expect(res.errors?.[0]?.extensions?.code, token).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).not.toMatch(/4242/);
    }
    expect(await h.stats()).toEqual({});
  });

  it("passes the upstream's decline on as BAD_USER_INPUT with its message", async () => {
    const res = await h.runAs('demo-participant', SET_CARD, { token: 'tok_chargeDeclined' });
    expect(res.errors?.[0]).toMatchObject({ message: 'Your card was declined.', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, SET_CARD, { token: 'tok_visa' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, DELETE_CARD_OP)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', SET_CARD, { token: 'tok_visa' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-user', DELETE_CARD_OP)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
