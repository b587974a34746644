import type { UpstreamCatalogue, UpstreamPlan } from './upstream.js';

/** A catalogue plan as the graph gives it (the fields the workloads select). */
export interface PlanView {
  id: string;
  name: string;
  cost: string;
  currency: string;
  features: Array<{ label: string; included: boolean; detail: string | null }>;
}

/**
 * The catalogue's feature order (seed 003's stored plans document): GET
 * billing_plans sends the labels as object keys in alphabetical order, which
 * loses it. Known labels go back in this order; unknown ones follow as they came.
 */
const FEATURE_ORDER = [
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

function rank(label: string): number {
  const index = FEATURE_ORDER.indexOf(label);
  return index === -1 ? FEATURE_ORDER.length : index;
}

/**
 * Maps the catalogue the way the contract says: features in catalogue order,
 * `included` false only where the upstream says false, `detail` the string
 * value, cost as a decimal string, currency upper case.
 */
export function toPlans(catalogue: UpstreamCatalogue): PlanView[] {
  const currency = catalogue.currency.toUpperCase();
  return catalogue.list.map((plan) => toPlan(plan, currency));
}

function toPlan(plan: UpstreamPlan, currency: string): PlanView {
  return {
    id: plan.id,
    name: plan.name,
    // Note: the seed's costs are integers, so String() is exact here; the real
    // gateway parses losslessly because other amounts are not.
    cost: String(plan.cost),
    currency,
    features: Object.entries(plan.description_list)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([label, value]) => ({
        label,
        included: value !== false,
        detail: typeof value === 'string' ? value : null,
      })),
  };
}
