import { SimHttpError } from '../http/errors.js';
import type { RouteContext } from '../routing/route.js';
import type { ParticipantBillingPlan } from './billing-plan.dto.js';
import { storedPlan, type StoredBillingPlan } from './billing.state.js';

/** The caller's billing plan, or a 404 for a caller that has none. */
export function currentPlan(ctx: RouteContext): StoredBillingPlan {
  return planOf(ctx, ctx.caller().ticket);
}

/** A participant's billing plan by session ticket, or a 404. */
export function planOf(ctx: RouteContext, ticket: string): StoredBillingPlan {
  const stored = ctx.state.billing.plans.get(ticket);
  if (stored === undefined) throw new SimHttpError(404, 'payments-not_found', 'Billing plan not found');
  return stored;
}

/** Stores a participant's changed plan (the card, contract and emails live in it) and returns what is served. */
export function savePlan(ctx: RouteContext, ticket: string, plan: ParticipantBillingPlan): StoredBillingPlan {
  const saved = storedPlan(plan);
  ctx.state.billing.plans.set(ticket, saved);
  return saved;
}
