import { describe, expect, it } from 'vitest';
import { billingPlansResponse } from '../../sim/fixtures/billing-plans.fixture.js';
import type { PlanCatalogueDto } from '../../src/datasources/payments/billing.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toPlanFeatures, toPlans } from '../../src/mappers/plan.mapper.js';
import type { Plan } from '../../src/types/plan.type.js';
import { mainPaymentsDoc } from './fixtures/main-payments-doc.fixture.js';

const CATALOGUE_ORDER = [
  'GTIN',
  'Product catalogue',
  'Ingredients and Raw Materials',
  'Availability Map',
  'Engagement and Consumer Analytics',
  'Reviews',
  'Shoutouts',
  'Shping bot',
  'Rewards',
  'Advanced Engagement (ToDo cards)',
];

const fromObjectShape = (): readonly Plan[] => toPlans(parseLosslessJson(billingPlansResponse) as PlanCatalogueDto);
const fromArrayShape = (): readonly Plan[] => toPlans(parseLosslessJson(mainPaymentsDoc) as PlanCatalogueDto);

function byId(plans: readonly Plan[], id: string): Plan {
  const plan = plans.find((p) => p.id === id);
  if (!plan) throw new Error(`no plan ${id}`);
  return plan;
}

describe.each([
  ['GET billing_plans (description_list as an object)', fromObjectShape],
  ['the main payments doc (description_list as an array)', fromArrayShape],
])('toPlans on %s', (_shape, load) => {
  it('gives the four plans in the upstream order', () => {
    expect(load().map((p) => p.id)).toEqual(['basic', 'light', 'pro', 'pro-corp']);
  });

  it('gives costs as exact decimal strings 0/195/395/495', () => {
    expect(load().map((p) => p.cost)).toEqual(['0', '195', '395', '495']);
  });

  it('upper-cases the catalogue currency on every plan', () => {
    expect(load().map((p) => p.currency)).toEqual(['AUD', 'AUD', 'AUD', 'AUD']);
  });

  it('gives names, descriptions, commitment periods, coin rates, hidden and modules', () => {
    const plans = load();
    expect(plans.map((p) => p.name)).toEqual(['BASIC', 'LIGHT', 'PRO', 'PRO-CORP']);
    expect(plans.map((p) => p.description)).toEqual(['Basic plan', 'Lite plan', 'Standart plan', 'Pro plan']);
    expect(plans.map((p) => p.commitmentPeriodWeeks)).toEqual([0, 52, 52, 52]);
    expect(plans.map((p) => p.coinRate)).toEqual([0, 0.1, 0.2, 0.3]);
    expect(plans.map((p) => p.hidden)).toEqual([false, false, false, false]);
    expect(plans.map((p) => p.modules)).toEqual([
      [],
      ['product360', 'reviews'],
      ['product360', 'reviews', 'rewards'],
      ['product360', 'reviews', 'livechat', 'rewards'],
    ]);
  });

  it("lists every plan's features in the catalogue's order", () => {
    for (const plan of load()) expect(plan.features.map((f) => f.label)).toEqual(CATALOGUE_ORDER);
  });

  it('marks features included unless the upstream value is false, with string values as detail', () => {
    const basic = byId(load(), 'basic');
    expect(basic.features[0]).toEqual({ label: 'GTIN', included: true, detail: 'Unlimited' });
    expect(basic.features[1]).toEqual({ label: 'Product catalogue', included: true, detail: null });
    expect(basic.features[3]).toEqual({ label: 'Availability Map', included: false, detail: null });
    expect(basic.features.map((f) => f.included)).toEqual([true, true, true, false, false, false, false, false, false, false]);

    const light = byId(load(), 'light');
    expect(light.features[0]).toEqual({ label: 'GTIN', included: true, detail: '1-20' });
    expect(light.features.map((f) => f.included)).toEqual([true, true, true, true, true, true, false, false, false, false]);

    expect(byId(load(), 'pro').features[0]?.detail).toBe('21-500');
    expect(byId(load(), 'pro-corp').features[0]?.detail).toBe('501-999');
    for (const id of ['pro', 'pro-corp']) expect(byId(load(), id).features.every((f) => f.included)).toBe(true);
  });
});

describe('toPlans across both upstream shapes', () => {
  it('gives the same features for each plan', () => {
    const objectShape = fromObjectShape();
    const arrayShape = fromArrayShape();
    for (const id of ['basic', 'light', 'pro', 'pro-corp']) {
      expect(byId(objectShape, id).features).toEqual(byId(arrayShape, id).features);
    }
  });

  it('gives the same plans apart from the upgrade description the object shape lacks', () => {
    const strip = (plans: readonly Plan[]) => plans.map(({ upgradeDescription: _u, ...rest }) => rest);
    expect(strip(fromObjectShape())).toEqual(strip(fromArrayShape()));
    expect(fromObjectShape().map((p) => p.upgradeDescription)).toEqual([null, null, null, null]);
    expect(byId(fromArrayShape(), 'pro-corp').upgradeDescription).toBe(
      "Corp-Pro is our top level, you already have access to all Shping's great features!",
    );
  });
});

describe('toPlanFeatures', () => {
  it('puts unknown labels after the known ones, in the order they came', () => {
    const features = toPlanFeatures({ Zeta: true, Reviews: false, Alpha: 'x', GTIN: '1-20' });
    expect(features.map((f) => f.label)).toEqual(['GTIN', 'Reviews', 'Zeta', 'Alpha']);
    expect(features[3]).toEqual({ label: 'Alpha', included: true, detail: 'x' });
  });

  it('gives no features for a plan without description_list', () => {
    expect(toPlanFeatures(undefined)).toEqual([]);
  });

  it('treats only false as not included (an empty string is included, with detail "")', () => {
    expect(toPlanFeatures([{ label: 'GTIN', value: '' }])).toEqual([{ label: 'GTIN', included: true, detail: '' }]);
  });
});

describe('toPlans on a shared catalogue object', () => {
  it('maps the same object once and hands out the same frozen plans', () => {
    const dto = parseLosslessJson(billingPlansResponse) as PlanCatalogueDto;
    const first = toPlans(dto);
    expect(toPlans(dto)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(toPlans(parseLosslessJson(billingPlansResponse) as PlanCatalogueDto)).not.toBe(first);
  });
});
