import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const BILLING_PLAN = `{ participant { billingPlan {
  planId plan { id cost }
  card { id brand last4 expMonth expYear name address { city } }
  contract { from to terminated terminateAvailable }
  paidFrom paidTo trial { active from to } updatedAt notificationEmails
} } }`;
const GET_PLAN = 'GET /payments-service/participants/current/billing_plan';
const PUT_PLAN = 'PUT /payments-service/participants/current/billing_plan';
const CHANGE = `mutation Change($input: ChangeBillingPlanInput!) {
  changeBillingPlan(input: $input) { planId plan { id cost } card { brand last4 expMonth expYear } }
}`;

describe('participant.billingPlan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("gives demo-participant the seed's active plan with its card and contract", async () => {
    const res = await h.runAs('demo-participant', BILLING_PLAN);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      participant: {
        billingPlan: {
          planId: 'light',
          plan: { id: 'light', cost: '195' },
          card: { id: 'card_1CrRhbEFVOePY2EFnZr18Tmf', brand: 'Visa', last4: '4242', expMonth: 11, expYear: 2022, name: 'user surname', address: null },
          contract: { from: '2017-07-11', to: '2018-08-24', terminated: false, terminateAvailable: true },
          paidFrom: '2018-07-24',
          paidTo: '2018-08-24',
          trial: { active: false, from: null, to: null },
          updatedAt: '2017-07-11T14:41:30Z',
          notificationEmails: ['billing_test5@mailinator.com'],
        },
      },
    });
    expect(await h.calls(GET_PLAN)).toBe(1);
  });

  it('gives a trial plan outside the catalogue as plan: null, planId raw, trial.from from `form`', async () => {
    const res = await h.runAs('demo-system', '{ participant { billingPlan { planId plan { id } card { last4 } trial { active from to } paidFrom contract { from terminated } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      participant: {
        billingPlan: {
          planId: 'complete',
          plan: null,
          card: null,
          trial: { active: true, from: '2018-06-24T14:33:40Z', to: '2018-07-24T14:33:40Z' },
          paidFrom: null,
          contract: { from: null, terminated: false },
        },
      },
    });
  });

  it('is FORBIDDEN for an app user, on that field alone', async () => {
    const res = await h.runAs('demo-user', '{ plans { id } participant { billingPlan { planId } } }');
    expect(res.data).toMatchObject({ participant: { billingPlan: null } });
    expect((res.data as { plans: unknown[] }).plans).toHaveLength(4);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['participant', 'billingPlan'],
      extensions: { code: 'FORBIDDEN', upstream: { service: 'payments', status: 403 } },
    });
  });

  it('is UNAUTHENTICATED without a ticket, and never reaches the upstream', async () => {
    const res = await h.runAs(undefined, '{ participant { billingPlan { planId } } }');
    expect(res.data).toEqual({ participant: { billingPlan: null } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });

  it('is UNAUTHENTICATED for a ticket the upstream does not know', async () => {
    const res = await h.runAs('forged-ticket', '{ participant { billingPlan { planId } } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { status: 401 } });
  });

  it('accepts the ticket as Authorization: Bearer too', async () => {
    const res = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer demo-participant' },
      body: JSON.stringify({ query: '{ participant { billingPlan { planId } } }' }),
    });
    expect(await res.json()).toEqual({ data: { participant: { billingPlan: { planId: 'light' } } } });
  });
});

describe('changeBillingPlan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('asks the upstream for `standard` when the client says `pro`; the plan then costs 395', async () => {
    const res = await h.runAs('demo-participant', CHANGE, {
      input: { planId: 'pro', card: { number: '5200 8282 8282 8210', expMonth: 12, expYear: 2030, cvc: '323', name: 'JANE DOE' } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      changeBillingPlan: { planId: 'pro', plan: { id: 'pro', cost: '395' }, card: { brand: 'MasterCard', last4: '8210', expMonth: 12, expYear: 2030 } },
    });
    expect(await h.calls(PUT_PLAN)).toBe(1);
    const after = await h.runAs('demo-participant', '{ participant { billingPlan { planId plan { cost } } } }');
    expect(after.data).toEqual({ participant: { billingPlan: { planId: 'pro', plan: { cost: '395' } } } });
  });

  it('sends a nonce as it is and translates light → lite', async () => {
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'light', card: { nonce: 'tok_visa' } } });
    expect(res.data).toMatchObject({ changeBillingPlan: { planId: 'light', plan: { cost: '195' }, card: { last4: '4242' } } });
  });

  it('moves to basic without a card', async () => {
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'basic' } });
    expect(res.data).toMatchObject({ changeBillingPlan: { planId: 'basic', plan: { id: 'basic', cost: '0' } } });
  });

  it('refuses a paid plan without a card before the upstream is called', async () => {
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro-corp' } });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/card/);
    expect(await h.calls(PUT_PLAN)).toBe(0);
  });

  it('refuses an unknown plan id and an incomplete card before the upstream is called', async () => {
    const unknown = await h.runAs('demo-participant', CHANGE, { input: { planId: 'standard', card: { nonce: 'x' } } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const incomplete = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro', card: { number: '4242424242424242' } } });
    expect(incomplete.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls(PUT_PLAN)).toBe(0);
  });

  it('is FORBIDDEN for an app user', async () => {
    const res = await h.runAs('demo-user', CHANGE, { input: { planId: 'light', card: { nonce: 'tok' } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('never retries the PUT: an upstream 503 is reported once', async () => {
    await h.fault({ route: PUT_PLAN, status: 503, times: 1 });
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'light', card: { nonce: 'tok' } } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(PUT_PLAN)).toBe(1);
  });

  it("passes the upstream's 400 on with its error id", async () => {
    await h.fault({ route: PUT_PLAN, status: 400, body: '{"error":"Card declined","error_data":null,"error_id":"payments-card_declined","error_object":null}', times: 1 });
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'light', card: { nonce: 'tok' } } });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Card declined',
      extensions: { code: 'BAD_USER_INPUT', upstream: { service: 'payments', status: 400, errorId: 'payments-card_declined' } },
    });
  });
});
