/**
 * The benchmark's workloads: the exact POST bodies every contender is sent,
 * and the answer each must give. The expected data is written out from seed
 * 003 (the simulator serves its examples verbatim), not computed by any
 * contender's code, so a contender cannot be "correct" by sharing a bug.
 */

/** A workload: one GraphQL operation sent over and over by autocannon. */
export interface Workload {
  name: string;
  query: string;
  /** The `data` a correct response carries (and no `errors`). */
  expected: unknown;
  /** Why this workload is interesting, for the report. */
  note: string;
}

/** Session ticket of the brand user: participant and user endpoints answer seed data. */
export const TICKET = 'demo-participant';

/** The header the gateway (and the upstream) takes the session ticket from. */
export const TICKET_HEADER = 'authenticateit_identity_ticket';

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

const expectedPlans = CATALOGUE.map(([id, name, cost, values]) => ({
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

/** Served from the shared cache by the gateway: measures pure GraphQL + serialisation cost. */
export const plansWorkload: Workload = {
  name: 'plans',
  query: '{ plans { id name cost currency features { label included detail } } }',
  expected: { plans: expectedPlans },
  note: 'catalogue, warm shared cache',
};

/** One upstream call per operation (plus the cached catalogue for `plan`). */
export const billingPlanWorkload: Workload = {
  name: 'billingPlan',
  query: '{ participant { billingPlan { planId plan { cost } card { last4 } } } }',
  expected: { participant: { billingPlan: { planId: 'light', plan: { cost: '195' }, card: { last4: '4242' } } } },
  note: 'one upstream call + cached catalogue',
};

/** All workloads, in their default order. */
export const WORKLOADS: readonly Workload[] = [plansWorkload, billingPlanWorkload];

/** The JSON request body for a workload, byte for byte the same for every contender. */
export function requestBody(workload: Workload): string {
  return JSON.stringify({ query: workload.query });
}

/** The request headers every contender gets. */
export function requestHeaders(): Record<string, string> {
  return { 'content-type': 'application/json', [TICKET_HEADER]: TICKET };
}
