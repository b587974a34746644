import { SimHttpError, badRequest } from '../http/errors.js';
import type { ParticipantBillingPlan, PlanCard } from '../billing/billing-plan.dto.js';
import { toPlanCard } from '../billing/plan-change.js';

/** What a card token may look like: the payment provider's ids (Stripe: `tok_…`). */
const TOKEN = /^[A-Za-z0-9_-]{1,255}$/;
/** Stripe's test token for a card that is declined. */
const DECLINED_TOKEN = 'tok_chargeDeclined';

/**
 * The card a Set card request stores: a token stands for a card tokenised client side, so
 * the simulator shows it as Stripe's test Visa (as it does for a plan change's nonce).
 */
export function cardFromToken(token: string, cardId: string): PlanCard {
  if (!TOKEN.test(token)) throw badRequest('Invalid card token', 'payments-bad_card_token');
  if (token === DECLINED_TOKEN) throw badRequest('Your card was declined.', 'payments-card_declined');
  return toPlanCard({ kind: 'nonce', nonce: token }, cardId);
}

/** Plans that cost nothing and so may be left without a card (the trial included). */
const CARD_FREE_PLANS: ReadonlySet<string> = new Set(['basic', 'complete']);

/**
 * The plan without its card. Seed 003: "For plans other than basic payment card is
 * required", so a paid plan keeps its card (409) until the participant moves to basic.
 */
export function withoutCard(plan: ParticipantBillingPlan): ParticipantBillingPlan {
  if (plan.card === null) throw new SimHttpError(404, 'payments-card_not_found', 'No payment card on file');
  if (!CARD_FREE_PLANS.has(plan.plan)) {
    throw new SimHttpError(409, 'payments-card_required', 'For plans other than basic payment card is required');
  }
  return { ...plan, card: null };
}
