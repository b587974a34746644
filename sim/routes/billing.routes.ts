import { billingPlansResponse } from '../fixtures/billing-plans.fixture.js';
import { parseChangePlanRequest } from '../billing/plan-change.request.js';
import { applyPlanChange } from '../billing/plan-change.js';
import { assertPlanChangeAllowed, paymentForChange } from '../billing/plan-change.rules.js';
import { currentPlan, savePlan } from '../billing/plan-store.js';
import { stored } from '../http/stored.js';
import { reply, type SimRoute } from '../routing/route.js';

const billingPlansBody = Buffer.from(billingPlansResponse, 'utf8');

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
      const current = currentPlan(ctx).plan;
      const now = new Date();
      assertPlanChangeAllowed(current, request, now);
      const billing = ctx.state.billing;
      const cardId = request.card === null ? '' : `card_sim_${++billing.cardSeq}`;
      const plan = applyPlanChange(current, request, now, cardId);
      const ticket = ctx.caller().ticket;
      // A paid plan's first period is charged: it shows in the payment history, newest first.
      const payment = paymentForChange(current, plan, request, now);
      if (payment !== null) billing.payments.set(ticket, stored([payment, ...(billing.payments.get(ticket)?.value ?? [])]));
      return reply(savePlan(ctx, ticket, plan).body);
    },
  },
];
