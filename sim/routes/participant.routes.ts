import { currentPlan, planOf, savePlan } from '../billing/plan-store.js';
import { seedJsonBytes } from '../http/seed-json.js';
import { contractOwner, terminateContract } from '../participants/contract.js';
import { addEmail, emailToAdd, emailToRemove, removeEmail } from '../participants/notification-emails.js';
import { cardFromToken, withoutCard } from '../participants/payment-card.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';

const NO_CONTENT: Buffer = Buffer.alloc(0);

/** Changes the caller's notification emails; they live in the billing plan (`user_email`), so both show the same list. */
function changeEmails(ctx: RouteContext, change: (list: readonly string[]) => string[]) {
  const ticket = ctx.caller().ticket;
  const plan = currentPlan(ctx).plan;
  const emails = change(plan.user_email);
  savePlan(ctx, ticket, { ...plan, user_email: emails });
  return reply(seedJsonBytes(emails));
}

/**
 * Seed 003's participant billing endpoints beside the plan itself: the payment card,
 * the payment history, the notification emails and contract termination. The card is the
 * one the billing plan shows.
 */
export const participantRoutes: readonly SimRoute[] = [
  {
    method: 'PUT',
    path: '/payments-service/user/card/:token',
    access: 'participant',
    handle: (ctx) => {
      const card = cardFromToken(ctx.params.token!, `card_sim_${ctx.state.billing.cardSeq + 1}`);
      ctx.state.billing.cardSeq += 1;
      savePlan(ctx, ctx.caller().ticket, { ...currentPlan(ctx).plan, card });
      return reply(seedJsonBytes(card));
    },
  },
  {
    method: 'DELETE',
    path: '/payments-service/user/card',
    access: 'participant',
    handle: (ctx) => {
      savePlan(ctx, ctx.caller().ticket, withoutCard(currentPlan(ctx).plan));
      return reply(NO_CONTENT, 204);
    },
  },
  {
    method: 'GET',
    path: '/payments-service/participants/current/payment_history',
    access: 'participant',
    handle: (ctx) => reply(ctx.state.billing.payments.get(ctx.caller().ticket)?.body ?? seedJsonBytes([])),
  },
  {
    method: 'PUT',
    path: '/payments-service/participants/notifications/email',
    access: 'participant',
    handle: (ctx) => {
      const email = emailToAdd(ctx.json());
      return changeEmails(ctx, (list) => addEmail(list, email));
    },
  },
  {
    method: 'POST',
    path: '/payments-service/participants/notifications/delete_email',
    access: 'participant',
    handle: (ctx) => {
      const email = emailToRemove(ctx.json());
      return changeEmails(ctx, (list) => removeEmail(list, email));
    },
  },
  {
    // A GET that changes state, as the seed has it. Note: the seed shows no answer: 204.
    method: 'GET',
    path: '/participants/:id/contract/terminate',
    access: 'participant',
    handle: (ctx) => {
      const ticket = contractOwner(ctx.params.id!, ctx.caller().ticket);
      savePlan(ctx, ticket, terminateContract(planOf(ctx, ticket).plan, new Date()));
      return reply(NO_CONTENT, 204);
    },
  },
];
