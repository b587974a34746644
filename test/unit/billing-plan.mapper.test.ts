import { describe, expect, it } from 'vitest';
import { activatedBillingPlanResponse, trialBillingPlanResponse } from '../../sim/fixtures/participant-billing-plan.fixture.js';
import type { ParticipantBillingPlanDto } from '../../src/datasources/payments/billing.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toParticipantBillingPlan, toPaymentCard } from '../../src/mappers/billing-plan.mapper.js';
import { expectGraphQLCode } from '../helpers/thrown.js';

const activated = () => toParticipantBillingPlan(parseLosslessJson(activatedBillingPlanResponse) as ParticipantBillingPlanDto);
const trial = () => toParticipantBillingPlan(parseLosslessJson(trialBillingPlanResponse) as ParticipantBillingPlanDto);

describe('toParticipantBillingPlan on the activated plan example', () => {
  it('gives the raw plan id', () => {
    expect(activated().planId).toBe('light');
  });

  it('gives the card without an address when every address_* is null', () => {
    expect(activated().card).toEqual({
      id: 'card_1CrRhbEFVOePY2EFnZr18Tmf',
      brand: 'Visa',
      last4: '4242',
      expMonth: 11,
      expYear: 2022,
      name: 'user surname',
      address: null,
    });
  });

  it('gives the contract', () => {
    expect(activated().contract).toEqual({ from: '2017-07-11', to: '2018-08-24', terminated: false, terminateAvailable: true });
  });

  it('gives the paid period, an inactive trial, updatedAt and the notification emails', () => {
    const plan = activated();
    expect(plan.paidFrom).toBe('2018-07-24');
    expect(plan.paidTo).toBe('2018-08-24');
    expect(plan.trial).toEqual({ active: false, from: null, to: null });
    expect(plan.updatedAt).toBe('2017-07-11T14:41:30Z');
    expect(plan.notificationEmails).toEqual(['billing_test5@mailinator.com']);
  });

  it('leaves plan to the resolver', () => {
    expect(activated().plan).toBeUndefined();
  });
});

describe('toParticipantBillingPlan on the trial plan example', () => {
  it('keeps the id the catalogue lacks', () => {
    expect(trial().planId).toBe('complete');
  });

  it('gives no card', () => {
    expect(trial().card).toBeNull();
  });

  it('reads the trial start from the misspelled `form`', () => {
    expect(trial().trial).toEqual({ active: true, from: '2018-06-24T14:33:40Z', to: '2018-07-24T14:33:40Z' });
  });

  it('gives a contract without dates, and no paid period', () => {
    const plan = trial();
    expect(plan.contract).toEqual({ from: null, to: null, terminated: false, terminateAvailable: true });
    expect(plan.paidFrom).toBeNull();
    expect(plan.paidTo).toBeNull();
    expect(plan.updatedAt).toBe('2018-07-24T15:36:23Z');
    expect(plan.notificationEmails).toEqual(['billing_test5@mailinator.com']);
  });
});

describe('toParticipantBillingPlan edge cases', () => {
  it('prefers a correctly spelled `from` over `form`', () => {
    const plan = toParticipantBillingPlan({
      plan: 'pro',
      trial: { status: true, from: '2018-01-01T00:00:00Z', form: '2017-01-01T00:00:00Z' },
    });
    expect(plan.trial.from).toBe('2018-01-01T00:00:00Z');
  });

  it('turns placeholder dates into null', () => {
    const plan = toParticipantBillingPlan({
      plan: 'pro',
      paid_from: '0000-01-01',
      updated_at: '0000-01-01T00:00:00Z',
      contract: { from: '0000-01-01', to: '0000-01-01' },
    });
    expect(plan.paidFrom).toBeNull();
    expect(plan.updatedAt).toBeNull();
    expect(plan.contract).toEqual({ from: null, to: null, terminated: false, terminateAvailable: false });
  });

  it('gives no contract, an inactive trial and no emails when the upstream sends none', () => {
    const plan = toParticipantBillingPlan({ plan: 'basic' });
    expect(plan.contract).toBeNull();
    expect(plan.trial).toEqual({ active: false, from: null, to: null });
    expect(plan.notificationEmails).toEqual([]);
    expect(plan.card).toBeNull();
  });

  it('drops non-string emails', () => {
    const plan = toParticipantBillingPlan({ plan: 'basic', user_email: ['a@b.test', null, 3] as unknown as string[] });
    expect(plan.notificationEmails).toEqual(['a@b.test']);
  });

  it('throws UPSTREAM_UNAVAILABLE without plan', () => {
    for (const dto of [{}, { plan: null }, null]) {
      expectGraphQLCode(() => toParticipantBillingPlan(dto as unknown as ParticipantBillingPlanDto), 'UPSTREAM_UNAVAILABLE');
    }
  });
});

describe('toPaymentCard', () => {
  it('gives an address when any part of it is present', () => {
    const card = toPaymentCard({ id: 'c', address_city: 'Melbourne', address_country: 'AU' });
    expect(card?.address).toEqual({ line1: null, line2: null, city: 'Melbourne', state: null, zip: null, country: 'AU' });
  });

  it('reads expiry sent as strings', () => {
    const card = toPaymentCard({ exp_month: '03', exp_year: '2030' });
    expect(card?.expMonth).toBe(3);
    expect(card?.expYear).toBe(2030);
  });

  it('gives null for a missing card', () => {
    expect(toPaymentCard(null)).toBeNull();
    expect(toPaymentCard(undefined)).toBeNull();
  });
});
