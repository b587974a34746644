import { describe, expect, it } from 'vitest';
import { billingPlansResponse } from '../../sim/fixtures/billing-plans.fixture.js';
import type { PlanCatalogueDto } from '../../src/datasources/payments/billing.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { findCataloguePlan, toChangePlanName } from '../../src/mappers/plan-id.mapper.js';
import { toPlans } from '../../src/mappers/plan.mapper.js';
import type { Plan } from '../../src/types/plan.type.js';

const catalogue: readonly Plan[] = toPlans(parseLosslessJson(billingPlansResponse) as PlanCatalogueDto);

function plan(id: string): Plan {
  const found = catalogue.find((p) => p.id === id);
  if (!found) throw new Error(`no plan ${id}`);
  return found;
}

describe('findCataloguePlan', () => {
  it('finds catalogue ids as they are', () => {
    for (const id of ['basic', 'light', 'pro', 'pro-corp']) expect(findCataloguePlan(id, catalogue)?.id).toBe(id);
  });

  it('maps the change-plan name `lite` to light (195)', () => {
    const found = findCataloguePlan('lite', catalogue);
    expect(found?.id).toBe('light');
    expect(found?.cost).toBe('195');
  });

  it('maps the change-plan name `standard` to pro (395)', () => {
    const found = findCataloguePlan('standard', catalogue);
    expect(found?.id).toBe('pro');
    expect(found?.cost).toBe('395');
  });

  it("gives the catalogue's pro (395) for `pro`, not the change-plan's pro (495)", () => {
    const found = findCataloguePlan('pro', catalogue);
    expect(found?.id).toBe('pro');
    expect(found?.cost).toBe('395');
  });

  it('gives null for an id neither side knows (the trial `complete`)', () => {
    expect(findCataloguePlan('complete', catalogue)).toBeNull();
    expect(findCataloguePlan('', catalogue)).toBeNull();
  });

  it('gives null for a change-plan name whose cost the catalogue lacks', () => {
    const withoutLight = catalogue.filter((p) => p.id !== 'light');
    expect(findCataloguePlan('lite', withoutLight)).toBeNull();
  });

  it('matches by numeric cost, so "195.00" is 195', () => {
    const priced = catalogue.map((p) => (p.id === 'light' ? { ...p, cost: '195.00' } : p));
    expect(findCataloguePlan('lite', priced)?.id).toBe('light');
  });

  it('gives null on an empty catalogue', () => {
    expect(findCataloguePlan('light', [])).toBeNull();
    expect(findCataloguePlan('lite', [])).toBeNull();
  });
});

describe('toChangePlanName', () => {
  it('translates catalogue plans by cost: basic→basic, light→lite, pro→standard, pro-corp→pro', () => {
    expect(toChangePlanName(plan('basic'))).toBe('basic');
    expect(toChangePlanName(plan('light'))).toBe('lite');
    expect(toChangePlanName(plan('pro'))).toBe('standard');
    expect(toChangePlanName(plan('pro-corp'))).toBe('pro');
  });

  it('matches a cost written with decimals', () => {
    expect(toChangePlanName({ ...plan('pro-corp'), cost: '495.00' })).toBe('pro');
  });

  it('gives undefined for a cost no change-plan name has', () => {
    expect(toChangePlanName({ ...plan('pro'), cost: '999' })).toBeUndefined();
  });

  it('round-trips: the change-plan name of each plan finds that plan again, except `pro`', () => {
    // `pro` is both a catalogue id and a change-plan name; the catalogue meaning wins.
    for (const id of ['basic', 'light', 'pro']) {
      const name = toChangePlanName(plan(id));
      expect(name).toBeDefined();
      expect(findCataloguePlan(name as string, catalogue)?.id).toBe(id);
    }
    expect(findCataloguePlan(toChangePlanName(plan('pro-corp')) as string, catalogue)?.id).toBe('pro');
  });
});
