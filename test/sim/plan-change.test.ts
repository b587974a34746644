import { describe, expect, it } from 'vitest';
import { trialBillingPlanResponse } from '../../sim/fixtures/participant-billing-plan.fixture.js';
import { applyPlanChange } from '../../sim/billing/plan-change.js';
import { parseChangePlanRequest } from '../../sim/billing/plan-change.request.js';
import type { ParticipantBillingPlan } from '../../sim/billing/billing-plan.dto.js';

describe('plan change rules (pure)', () => {
  const current = JSON.parse(trialBillingPlanResponse) as ParticipantBillingPlan;

  it('pays one month, clamped to the month end, under a 52-week contract', () => {
    const now = new Date('2024-01-31T10:20:30.123Z');
    const plan = applyPlanChange(current, parseChangePlanRequest({ plan: 'pro', card: { nonce: 'n' } }), now, 'card_sim_9');
    expect(plan).toMatchObject({
      contract: { from: '2024-01-31', terminate_available: true, terminated: false, to: '2025-01-29' },
      paid_from: '2024-01-31',
      paid_to: '2024-02-29',
      plan: 'pro-corp',
      updated_at: '2024-01-31T10:20:30Z',
    });
    expect(plan.card?.id).toBe('card_sim_9');
    expect(Object.keys(plan)).toEqual(Object.keys(current));
  });

  it('brands cards by number prefix', () => {
    const brand = (number: string): string | undefined =>
      applyPlanChange(
        current,
        parseChangePlanRequest({ plan: 'lite', card: { number, exp_month: '01', exp_year: 2030, cvc: 123 } }),
        new Date(),
        'c',
      ).card?.brand;
    expect([brand('4111111111111111'), brand('5500000000000004'), brand('378282246310005')]).toEqual([
      'Visa',
      'MasterCard',
      'Unknown',
    ]);
  });
});
