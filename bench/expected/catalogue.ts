/**
 * The plan catalogue as the contract gives it, written out from seed 003 (the
 * simulator serves its examples verbatim), not computed by any contender.
 */

/**
 * Feature labels in the catalogue's order: the order of the stored plans
 * document (seed 003, "Example of main payments doc"). Note: GET billing_plans
 * sends `description_list` as an object with its keys sorted alphabetically;
 * the contract asks for the catalogue's order, and the gateway restores it.
 */
const LABELS = [
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
] as const;

/** Catalogue plans of GET /payments-service/billing_plans: id, name, cost, description_list values in LABELS order. */
const CATALOGUE: Array<[string, string, string, Array<boolean | string>]> = [
  ['basic', 'BASIC', '0', ['Unlimited', true, true, false, false, false, false, false, false, false]],
  ['light', 'LIGHT', '195', ['1-20', true, true, true, true, true, false, false, false, false]],
  ['pro', 'PRO', '395', ['21-500', true, true, true, true, true, true, true, true, true]],
  ['pro-corp', 'PRO-CORP', '495', ['501-999', true, true, true, true, true, true, true, true, true]],
];

/** `plans { id name cost currency features { label included detail } }`. */
export const expectedPlans = CATALOGUE.map(([id, name, cost, values]) => ({
  id,
  name,
  cost,
  // Note: the upstream says "aud"; the contract gives currencies in upper case.
  currency: 'AUD',
  features: values.map((value, i) => ({
    label: LABELS[i],
    included: value !== false,
    detail: typeof value === 'string' ? value : null,
  })),
}));

/** `plans { id cost }`. */
export const expectedPlanCosts = CATALOGUE.map(([id, , cost]) => ({ id, cost }));
