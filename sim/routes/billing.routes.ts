import { SimHttpError } from '../http/errors.js';
import { jsonBytes } from '../http/respond.js';
import { billingPlansResponse } from '../fixtures/billing-plans.fixture.js';
import { parseChangePlanRequest } from '../billing/plan-change.request.js';
import { applyPlanChange } from '../billing/plan-change.js';
import type { StoredBillingPlan } from '../billing/billing.state.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

const billingPlansBody = Buffer.from(billingPlansResponse, 'utf8');

function currentPlan(ctx: RouteContext): StoredBillingPlan {
  const stored = ctx.state.billing.plans.get(ctx.caller().ticket);
  if (stored === undefined) throw new SimHttpError(404, 'payments-not_found', 'Billing plan not found');
  return stored;
}

/** Seed 003 "Read actual billing plans" and "Participant Billing Plan" (read and change). */
export const billingRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: '/payments-service/billing_plans',
    access: 'user',
    handle: () => reply(billingPlansBody),
  },
  {
    method: 'GET',
    path: '/payments-service/participants/current/billing_plan',
    access: 'participant',
    handle: (ctx) => reply(currentPlan(ctx).body),
  },
  {
    method: 'PUT',
    path: '/payments-service/participants/current/billing_plan',
    access: 'participant',
    handle: (ctx) => {
      const request = parseChangePlanRequest(ctx.json());
      const current = currentPlan(ctx);
      const billing = ctx.state.billing;
      const cardId = request.card === null ? '' : `card_sim_${++billing.cardSeq}`;
      const plan = applyPlanChange(current.plan, request, new Date(), cardId);
      const body = jsonBytes(plan);
      billing.plans.set(ctx.caller().ticket, { body, plan });
      return reply(body);
    },
  },
];
