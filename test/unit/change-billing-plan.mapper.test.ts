import { describe, expect, it } from 'vitest';
import { billingPlansResponse } from '../../sim/fixtures/billing-plans.fixture.js';
import { changeBillingPlanRequest } from '../../sim/fixtures/change-billing-plan.fixture.js';
import type { PlanCatalogueDto } from '../../src/datasources/payments/billing.dto.js';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toChangeBillingPlanDto } from '../../src/mappers/change-billing-plan.mapper.js';
import { toPlans } from '../../src/mappers/plan.mapper.js';
import type { ChangeBillingPlanInput } from '../../src/types/billing-plan.input.js';
import type { Plan } from '../../src/types/plan.type.js';
import { expectGraphQLCode } from '../helpers/thrown.js';

const catalogue: readonly Plan[] = toPlans(parseLosslessJson(billingPlansResponse) as PlanCatalogueDto);

const validCard = { number: '5200828282828210', expMonth: 12, expYear: 2019, cvc: '323' };

function expectBadUserInput(input: ChangeBillingPlanInput, message?: RegExp): void {
  const caught = expectGraphQLCode(() => toChangeBillingPlanDto(input, catalogue), 'BAD_USER_INPUT');
  expect(caught).toBeInstanceOf(BadUserInputError);
  if (message) expect(caught.message).toMatch(message);
}

describe('toChangeBillingPlanDto', () => {
  it('sends pro with a nonce as standard with the nonce only', () => {
    expect(toChangeBillingPlanDto({ planId: 'pro', card: { nonce: 'tok_visa' } }, catalogue)).toEqual({
      plan: 'standard',
      card: { nonce: 'tok_visa' },
    });
  });

  it('translates every catalogue id into the change-plan name', () => {
    const names = ['light', 'pro', 'pro-corp'].map((planId) => toChangeBillingPlanDto({ planId, card: { nonce: 'n' } }, catalogue).plan);
    expect(names).toEqual(['lite', 'standard', 'pro']);
  });

  it('builds the seed example request (standard, card by number) from the equivalent input', () => {
    const seed = JSON.parse(changeBillingPlanRequest) as { plan: string; card: Record<string, unknown> };
    const dto = toChangeBillingPlanDto({ planId: 'pro', card: { ...validCard, name: 'JANE DOE' } }, catalogue);
    expect(dto).toEqual({ plan: seed.plan, card: { ...seed.card, cvc: String(seed.card.cvc) } });
  });

  it('maps card details to snake_case and removes spaces and dashes from the number', () => {
    expect(
      toChangeBillingPlanDto({ planId: 'light', card: { number: '4242 4242 4242 4242', expMonth: 1, expYear: 2030, cvc: '1234' } }, catalogue),
    ).toEqual({ plan: 'lite', card: { number: '4242424242424242', exp_month: 1, exp_year: 2030, cvc: '1234' } });
    const dashed = toChangeBillingPlanDto({ planId: 'light', card: { ...validCard, number: '5200-8282-8282-8210' } }, catalogue);
    expect(dashed.card).toMatchObject({ number: '5200828282828210' });
  });

  it('leaves out an absent card name', () => {
    const dto = toChangeBillingPlanDto({ planId: 'pro-corp', card: { ...validCard, name: null } }, catalogue);
    expect(dto.card).not.toHaveProperty('name');
  });

  it('prefers the nonce when both a nonce and details are given', () => {
    expect(toChangeBillingPlanDto({ planId: 'pro', card: { ...validCard, nonce: 'tok' } }, catalogue)).toEqual({
      plan: 'standard',
      card: { nonce: 'tok' },
    });
  });

  it('accepts basic without a card', () => {
    expect(toChangeBillingPlanDto({ planId: 'basic' }, catalogue)).toEqual({ plan: 'basic' });
    expect(toChangeBillingPlanDto({ planId: 'basic', card: null }, catalogue)).toEqual({ plan: 'basic' });
  });

  it('does not refuse an expired card (the seed example expired in 2019)', () => {
    expect(() => toChangeBillingPlanDto({ planId: 'pro', card: { ...validCard, expYear: 2019 } }, catalogue)).not.toThrow();
  });

  it('refuses every plan but basic without a card', () => {
    for (const planId of ['light', 'pro', 'pro-corp']) {
      expectBadUserInput({ planId }, /card/);
      expectBadUserInput({ planId, card: null }, /card/);
    }
  });

  it('refuses an unknown planId, change-plan names included, naming the catalogue ids', () => {
    for (const planId of ['lite', 'standard', 'complete', '', 'PRO']) {
      expectBadUserInput({ planId, card: { nonce: 'n' } }, /basic, light, pro, pro-corp/);
    }
  });

  it('refuses an incomplete card', () => {
    expectBadUserInput({ planId: 'pro', card: {} });
    expectBadUserInput({ planId: 'pro', card: { nonce: '' } });
    expectBadUserInput({ planId: 'pro', card: { ...validCard, number: null } });
    expectBadUserInput({ planId: 'pro', card: { ...validCard, expMonth: null } });
    expectBadUserInput({ planId: 'pro', card: { ...validCard, expYear: undefined } });
    expectBadUserInput({ planId: 'pro', card: { ...validCard, cvc: '' } });
  });

  it('refuses a card number that is not 12 to 19 digits', () => {
    expectBadUserInput({ planId: 'pro', card: { ...validCard, number: '42424242' } }, /number/);
    expectBadUserInput({ planId: 'pro', card: { ...validCard, number: '4242424242424242424242' } }, /number/);
    expectBadUserInput({ planId: 'pro', card: { ...validCard, number: '4242x42424242424' } }, /number/);
  });

  it('refuses a card number whose Luhn check digit is wrong, and never repeats the number or the cvc', () => {
    for (const number of ['5200828282828211', '4242 4242 4242 4241', '4111-1111-1111-1112']) {
      const caught = expectGraphQLCode(() => toChangeBillingPlanDto({ planId: 'pro', card: { ...validCard, number } }, catalogue), 'BAD_USER_INPUT');
      expect(caught.message).toMatch(/card\.number.*check digit/);
      expect(caught.message).not.toMatch(/\d{4}|323/);
    }
    // Test numbers of each brand pass: Visa, MasterCard, Amex, Discover, Diners.
    for (const number of ['4111111111111111', '5555555555554444', '378282246310005', '6011111111111117', '30569309025904']) {
      expect(toChangeBillingPlanDto({ planId: 'pro', card: { ...validCard, number } }, catalogue).card).toMatchObject({ number });
    }
  });

  it('refuses a month outside 1..12', () => {
    for (const expMonth of [0, 13, -1]) expectBadUserInput({ planId: 'pro', card: { ...validCard, expMonth } }, /expMonth/);
  });

  it('refuses a cvc that is not 3 or 4 digits', () => {
    for (const cvc of ['12', '12345', 'abc', '12a']) expectBadUserInput({ planId: 'pro', card: { ...validCard, cvc } }, /cvc/);
  });

  it('refuses a plan whose cost no change-plan name has', () => {
    const odd = [...catalogue, { ...catalogue[0]!, id: 'enterprise', cost: '999' }];
    expectGraphQLCode(() => toChangeBillingPlanDto({ planId: 'enterprise', card: { nonce: 'n' } }, odd), 'BAD_USER_INPUT');
  });
});
