import { compareDecimals } from '../lib/decimal-text.js';
import type { Plan } from '../types/plan.type.js';

/**
 * The change-plan endpoint's plan names by cost (seed 003, "Change Billing Plan"): the
 * catalogue calls the same plans basic/light/pro/pro-corp, so cost is what links them.
 */
const CHANGE_PLAN_NAME_BY_COST: Record<string, string> = { '0': 'basic', '195': 'lite', '395': 'standard', '495': 'pro' };

/** Exactly the same amount ("195" and "195.00" are; "195.0000000000000001" is not). */
function sameCost(a: string, b: string): boolean {
  return compareDecimals(a, b) === 0;
}

/** The change-plan endpoint's name for a catalogue plan; undefined when no name has its cost. */
export function toChangePlanName(plan: Plan): string | undefined {
  const cost = Object.keys(CHANGE_PLAN_NAME_BY_COST).find((c) => sameCost(c, plan.cost));
  return cost === undefined ? undefined : CHANGE_PLAN_NAME_BY_COST[cost];
}

/**
 * The catalogue plan an upstream plan id stands for. Catalogue ids win (the read endpoint
 * sends them, e.g. `light`); a change-plan name (`lite`, `standard`) is matched by cost.
 * Note: `pro` is both a catalogue id (395) and a change-plan name (495); the catalogue
 * meaning wins since that is what the read endpoint speaks. Unknown ids (the trial's
 * `complete`) give null.
 */
export function findCataloguePlan(upstreamId: string, catalogue: readonly Plan[]): Plan | null {
  const byId = catalogue.find((plan) => plan.id === upstreamId);
  if (byId) return byId;
  const cost = Object.keys(CHANGE_PLAN_NAME_BY_COST).find((c) => CHANGE_PLAN_NAME_BY_COST[c] === upstreamId);
  if (cost === undefined) return null;
  return catalogue.find((plan) => sameCost(plan.cost, cost)) ?? null;
}
