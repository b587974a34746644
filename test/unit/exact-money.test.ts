import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanCatalogueDto } from '../../src/datasources/payments/billing.dto.js';
import { compareDecimals, isZeroDecimal } from '../../src/lib/decimal-text.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toChangeBillingPlanDto } from '../../src/mappers/change-billing-plan.mapper.js';
import { findCataloguePlan, toChangePlanName } from '../../src/mappers/plan-id.mapper.js';
import { toPlans } from '../../src/mappers/plan.mapper.js';

/** A catalogue whose costs a double cannot tell from the real ones. */
const tricky = toPlans(
  parseLosslessJson(
    '{"currency":"aud","list":[{"id":"free-ish","cost":1e-331,"coin_rate":0},{"id":"almost-light","cost":195.0000000000000001,"coin_rate":0.1}]}',
  ) as PlanCatalogueDto,
);

describe('compareDecimals', () => {
  it('compares digit by digit', () => {
    expect(compareDecimals('195', '195.0000000000000001')).toBe(-1);
    expect(compareDecimals('195', '195.00')).toBe(0);
    expect(compareDecimals('-0.06', '0')).toBe(-1);
    expect(compareDecimals('-0', '0.00')).toBe(0);
    expect(compareDecimals('-1980490000000000000000', '-1980490000000000000001')).toBe(1);
    expect(compareDecimals('10', '9.999')).toBe(1);
  });

  it('agrees with BigInt on integers of any size (property)', () => {
    fc.assert(
      fc.property(fc.bigInt(), fc.bigInt(), (a, b) => compareDecimals(String(a), String(b)) === (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it('refuses text that is not a plain decimal rather than guess', () => {
    expect(() => compareDecimals('1e3', '1000')).toThrow(RangeError);
  });
});

describe('isZeroDecimal', () => {
  it('is true only for zero written any way, never for a tiny amount', () => {
    for (const zero of ['0', '0.00', '-0', '000.000']) expect(isZeroDecimal(zero)).toBe(true);
    expect(isZeroDecimal(tricky[0]!.cost)).toBe(false);
    expect(tricky[0]!.cost).toMatch(/^0\.0{330}1$/);
  });
});

describe('money in the plan mappers', () => {
  it('does not take a cost of 195.0000000000000001 for the 195 plan', () => {
    expect(tricky[1]!.cost).toBe('195.0000000000000001');
    expect(toChangePlanName(tricky[1]!)).toBeUndefined();
    expect(findCataloguePlan('lite', tricky)).toBeNull();
  });

  it('does not treat a cost of 1e-331 as free: a card is still required', () => {
    // No change-plan name has that cost, so it is refused before any card question: nothing is sent either way.
    expect(() => toChangeBillingPlanDto({ planId: 'free-ish' }, tricky)).toThrow(/cannot be chosen/);
  });
});
