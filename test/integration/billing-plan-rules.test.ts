import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const PUT_PLAN = 'PUT /payments-service/participants/current/billing_plan';
const CHANGE = `mutation Change($input: ChangeBillingPlanInput!) {
  changeBillingPlan(input: $input) { planId plan { id cost } card { brand last4 expMonth expYear } }
}`;

describe('changeBillingPlan: the rules of seed 003 the upstream enforces', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('refuses a card number that fails the Luhn check before the upstream is called, without repeating it', async () => {
    const res = await h.runAs('demo-participant', CHANGE, {
      input: { planId: 'pro', card: { number: '5200 8282 8282 8211', expMonth: 12, expYear: 2030, cvc: '323' } },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/check digit/);
    expect(JSON.stringify(res.errors)).not.toMatch(/8282|8211|323/);
    expect(await h.calls(PUT_PLAN)).toBe(0);
  });

  it('never repeats card data that graphql-js refuses for its type, over a variable or a literal', async () => {
    const variable = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro', card: { number: 4242424242424242, cvc: 323, expMonth: 12, expYear: 2030 } } });
    const literal = await h.runAs('demo-participant', 'mutation { changeBillingPlan(input: { planId: "pro", card: { number: 4242424242424242, cvc: 323 } }) { planId } }');
    const unknownField = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro', card: { number: '4242424242424242', cvc: '323', pin: '9876' } } });
    for (const res of [variable, literal, unknownField]) {
      expect(res.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
      expect(JSON.stringify(res.errors)).not.toMatch(/4242|323|9876/);
    }
    expect(variable.errors?.[0]?.message).toBe('Variable "$input" got an invalid value at "input.card.number"; String cannot represent a non string value.');
    expect(await h.stats()).toEqual({});
  });

  it('a downgrade within 52 weeks of the plan start is CONFLICT, with the upstream message', async () => {
    // demo-system starts on a trial: it moves up to pro-corp today, so its 52 weeks start today.
    expect((await h.runAs('demo-system', CHANGE, { input: { planId: 'pro-corp', card: { nonce: 'tok_visa' } } })).errors).toBeUndefined();
    const res = await h.runAs('demo-system', CHANGE, { input: { planId: 'light', card: { nonce: 'tok_visa' } } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT', upstream: { service: 'payments', status: 409, errorId: 'payments-downgrade_too_early' } },
    });
    expect(res.errors?.[0]?.message).toMatch(/^The plan can only be downgraded after 52 weeks of using the current plan: from \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    const after = await h.runAs('demo-system', '{ participant { billingPlan { planId } } }');
    expect(after.data).toEqual({ participant: { billingPlan: { planId: 'pro-corp' } } });
  });

  it('a downgrade after 52 weeks goes through; moving to basic keeps the card on file', async () => {
    // demo-participant has been on light since 2017-07-11.
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'basic' } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ changeBillingPlan: { planId: 'basic', plan: { id: 'basic', cost: '0' }, card: { brand: 'Visa', last4: '4242', expMonth: 11, expYear: 2022 } } });
    // On basic the card may go.
    expect((await h.runAs('demo-participant', 'mutation { deletePaymentCard }')).data).toEqual({ deletePaymentCard: true });
    const after = await h.runAs('demo-participant', '{ participant { billingPlan { planId card { last4 } } } }');
    expect(after.data).toEqual({ participant: { billingPlan: { planId: 'basic', card: null } } });
  });

  it('a new paid plan shows its first payment in the payment history', async () => {
    await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro', card: { nonce: 'tok_visa' } } });
    const res = await h.runAs('demo-participant', '{ participant { paymentHistory { total currency card { last4 } } } }');
    expect(res.data).toEqual({
      participant: { paymentHistory: [{ total: '395.00', currency: 'AUD', card: { last4: '4242' } }, { total: '415.00', currency: 'USD', card: { last4: '8210' } }] },
    });
  });
});

describe('changeBillingPlan: what of an upstream refusal reaches the client', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('echoes only the messages of listed error ids; any other 4xx gets our own words', async () => {
    const body = '{"error":"Plan table lock timeout at db-7 for 5200828282828210","error_data":null,"error_id":"payments-db_lock","error_object":null}';
    await h.fault({ route: PUT_PLAN, status: 409, body, times: 1 });
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro-corp', card: { nonce: 'tok_visa' } } });
    expect(res.errors?.[0]).toMatchObject({
      message: 'The object changed meanwhile, or the action does not fit its current state; read it again and retry.',
      extensions: { code: 'CONFLICT', upstream: { status: 409, errorId: 'payments-db_lock' } },
    });
    expect(JSON.stringify(res.errors)).not.toMatch(/db-7|5200/);
  });
});
