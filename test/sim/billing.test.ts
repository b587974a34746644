import { describe, expect, it } from 'vitest';
import { billingPlansResponse } from '../../sim/fixtures/billing-plans.fixture.js';
import {
  activatedBillingPlanResponse,
  trialBillingPlanResponse,
} from '../../sim/fixtures/participant-billing-plan.fixture.js';
import { changeBillingPlanRequest } from '../../sim/fixtures/change-billing-plan.fixture.js';
import { parseChangePlanRequest } from '../../sim/billing/plan-change.request.js';
import { assertPlanChangeAllowed } from '../../sim/billing/plan-change.rules.js';
import type { ParticipantBillingPlan } from '../../sim/billing/billing-plan.dto.js';
import { errorId, useSimulator } from './sim-client.js';

const PLANS = '/payments-service/billing_plans';
const CURRENT_PLAN = '/payments-service/participants/current/billing_plan';

const { call, stats } = useSimulator();

function putPlan(ticket: string, body: unknown): Promise<Response> {
  return call(CURRENT_PLAN, { ticket, method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('billing plans catalogue', () => {
  it('serves the seed example byte for byte as JSON', async () => {
    const res = await call(PLANS, { ticket: 'demo-user' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    expect(text).toBe(billingPlansResponse);
    expect(text.startsWith('{\n"currency": "aud",\n"id": "shping_payments_plans",')).toBe(true);
    expect(text).toContain('"description_list": {\n"Advanced Engagement (ToDo cards)": false,');
    expect(text).toContain('"description": "Standart plan"');
    expect(text.endsWith('"coin_rate": 0.3\n}\n]\n}')).toBe(true);
  });

  it('answers every demo session ticket', async () => {
    for (const ticket of ['demo-user', 'demo-participant', 'demo-system']) {
      expect((await call(PLANS, { ticket })).status).toBe(200);
    }
  });
});

describe('participant billing plan', () => {
  it('gives demo-participant the activated example and demo-system the trial example, verbatim', async () => {
    expect(await (await call(CURRENT_PLAN, { ticket: 'demo-participant' })).text()).toBe(activatedBillingPlanResponse);
    const trial = await (await call(CURRENT_PLAN, { ticket: 'demo-system' })).text();
    expect(trial).toBe(trialBillingPlanResponse);
    expect(trial).toContain('"form": "2018-06-24T14:33:40Z"');
  });

  it('changes to lite with a nonce, stores the catalogue id light, and serves it afterwards', async () => {
    const res = await putPlan('demo-participant', { plan: 'lite', card: { nonce: 'tok_visa' } });
    expect(res.status).toBe(200);
    const changed = await res.text();
    const plan = JSON.parse(changed) as ParticipantBillingPlan;
    expect(plan.plan).toBe('light');
    expect(plan.card).toMatchObject({ brand: 'Visa', last4: '4242', exp_month: 12, exp_year: 2030, id: 'card_sim_1' });
    expect(plan.trial).toEqual({ status: false });
    expect(plan.user_email).toEqual(['billing_test5@mailinator.com']);
    expect(plan.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);

    const after = await call(CURRENT_PLAN, { ticket: 'demo-participant' });
    expect(await after.text()).toBe(changed);
    // One participant's change leaves the other's plan alone.
    expect(await (await call(CURRENT_PLAN, { ticket: 'demo-system' })).text()).toBe(trialBillingPlanResponse);
  });

  it('accepts the seed example request as is (an expired MasterCard given by number)', async () => {
    const res = await putPlan('demo-system', changeBillingPlanRequest);
    expect(res.status).toBe(200);
    const plan = (await res.json()) as ParticipantBillingPlan;
    expect(plan.plan).toBe('pro');
    expect(plan.card).toEqual({
      address_city: null,
      address_country: null,
      address_line1: null,
      address_line2: null,
      address_state: null,
      address_zip: null,
      brand: 'MasterCard',
      exp_month: 12,
      exp_year: 2019,
      id: 'card_sim_1',
      last4: '8210',
      name: 'JANE DOE',
    });
  });

  it('changes to basic without a card and keeps the card on file (top-ups still charge it)', async () => {
    const res = await putPlan('demo-participant', { plan: 'basic' });
    expect(res.status).toBe(200);
    const plan = (await res.json()) as ParticipantBillingPlan;
    expect(plan.plan).toBe('basic');
    expect(plan.card).toMatchObject({ id: 'card_1CrRhbEFVOePY2EFnZr18Tmf', last4: '4242' });
    expect(plan.contract.from).toBe(plan.paid_from);
  });

  it('refuses catalogue ids and unknown plans with payments-bad_plan', async () => {
    for (const name of ['light', 'pro-corp', 'complete', 42]) {
      const res = await putPlan('demo-participant', { plan: name, card: { nonce: 'tok_visa' } });
      expect(res.status).toBe(400);
      expect(await errorId(res)).toBe('payments-bad_plan');
    }
  });

  it('refuses a paid plan without a card and leaves the plan unchanged', async () => {
    const res = await putPlan('demo-participant', { plan: 'standard' });
    expect(res.status).toBe(400);
    expect(await errorId(res)).toBe('payments-card_required');
    expect(await (await call(CURRENT_PLAN, { ticket: 'demo-participant' })).text()).toBe(activatedBillingPlanResponse);
  });

  it('refuses an incomplete card with payments-bad_card', async () => {
    const incomplete = { number: '4242424242424242', exp_month: 12, exp_year: 2030 };
    for (const card of [incomplete, { nonce: '' }, 'tok_visa', { ...incomplete, cvc: 'abc' }]) {
      const res = await putPlan('demo-participant', { plan: 'pro', card });
      expect(res.status).toBe(400);
      expect(await errorId(res)).toBe('payments-bad_card');
    }
  });

  it('refuses malformed JSON with payments-bad_request', async () => {
    const res = await putPlan('demo-participant', '{"plan": ');
    expect(res.status).toBe(400);
    expect(await errorId(res)).toBe('payments-bad_request');
  });
});

describe('plan change rules of seed 003', () => {
  it('lets a participant upgrade at once but downgrade only after 52 weeks on the plan (409)', async () => {
    // demo-participant has been on light since 2017: moving down to basic is allowed.
    expect((await putPlan('demo-system', { plan: 'pro', card: { nonce: 'tok_visa' } })).status).toBe(200);
    const early = await putPlan('demo-system', { plan: 'standard', card: { nonce: 'tok_visa' } });
    expect(early.status).toBe(409);
    const body = (await early.json()) as { error: string; error_id: string };
    expect(body.error_id).toBe('payments-downgrade_too_early');
    expect(body.error).toMatch(/52 weeks/);
    expect(((await (await call(CURRENT_PLAN, { ticket: 'demo-system' })).json()) as ParticipantBillingPlan).plan).toBe('pro-corp');
    // Upgrading from there is still fine, and re-choosing the plan keeps its clock.
    expect((await putPlan('demo-system', { plan: 'pro', card: { nonce: 'tok_other' } })).status).toBe(200);
  });

  it('counts the 52 weeks from the contract start, to the day', () => {
    const current = { ...(JSON.parse(activatedBillingPlanResponse) as ParticipantBillingPlan) };
    current.contract = { ...current.contract, from: '2024-01-01' };
    const down = parseChangePlanRequest({ plan: 'basic' });
    expect(() => assertPlanChangeAllowed(current, down, new Date('2024-12-29T23:59:59Z'))).toThrow(/52 weeks/);
    expect(() => assertPlanChangeAllowed(current, down, new Date('2024-12-30T00:00:00Z'))).not.toThrow();
    expect(() => assertPlanChangeAllowed(current, parseChangePlanRequest({ plan: 'standard', card: { nonce: 'n' } }), new Date('2024-01-02'))).not.toThrow();
  });

  it('refuses a card number that fails the Luhn check', async () => {
    const res = await putPlan('demo-participant', { plan: 'pro', card: { number: '4242424242424241', exp_month: 1, exp_year: 2030, cvc: '123' } });
    expect(res.status).toBe(400);
    expect(await errorId(res)).toBe('payments-bad_card');
  });

  it('records the first period of a new paid plan in the payment history, newest first', async () => {
    expect((await putPlan('demo-participant', { plan: 'standard', card: { nonce: 'tok_visa' } })).status).toBe(200);
    const history = (await (await call('/payments-service/participants/current/payment_history', { ticket: 'demo-participant' })).json()) as Array<{
      summary_amount: string;
      rows: Array<{ description: string }>;
      card_last4: string;
    }>;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ summary_amount: '395.00', card_last4: '4242' });
    expect(history[0]!.rows[0]!.description).toMatch(/^Selected plan - "standard"\. Paid period: from \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/);
    expect(history[1]!.summary_amount).toBe('415.00');
  });
});
