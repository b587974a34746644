import type { CardInput, ChangePlanName, ChangePlanRequest, ParticipantBillingPlan, PlanCard } from './billing-plan.dto.js';
import { addDays, addMonths, isoDate, isoSeconds } from './dates.js';

/**
 * Change-plan name → catalogue id, by cost (0/195/395/495). The stored plan
 * uses the catalogue id, as the seed's GET example does (`"plan": "light"`).
 */
export const CATALOGUE_ID_BY_PLAN_NAME: Readonly<Record<ChangePlanName, string>> = {
  basic: 'basic',
  lite: 'light',
  standard: 'pro',
  pro: 'pro-corp',
};

/** Weeks of commitment for a paid plan (seed 003: downgrades only after 52 weeks). */
export const CONTRACT_WEEKS = 52;

/**
 * The participant's billing plan after a successful change made at `now`:
 * paid for one month from today, under a new 52-week contract, trial over.
 * `cardId` names a card built from the request. Check the change first with
 * `assertPlanChangeAllowed` (plan-change.rules.ts).
 */
export function applyPlanChange(
  current: ParticipantBillingPlan,
  request: ChangePlanRequest,
  now: Date,
  cardId: string,
): ParticipantBillingPlan {
  const today = isoDate(now);
  const plan = CATALOGUE_ID_BY_PLAN_NAME[request.plan];
  // Note: a change to basic without a card keeps the card on file: basic needs none, but
  // top-ups still charge it; deletePaymentCard removes it.
  const card = request.card === null ? current.card : toPlanCard(request.card, cardId);
  // The same plan again only replaces the card: the 52-week clock and the paid period run on.
  if (plan === current.plan) return { ...current, card, updated_at: isoSeconds(now) };
  return {
    card,
    contract: {
      from: today,
      terminate_available: true,
      terminated: false,
      to: isoDate(addDays(now, CONTRACT_WEEKS * 7)),
    },
    paid_from: today,
    paid_to: isoDate(addMonths(now, 1)),
    plan,
    trial: { status: false },
    updated_at: isoSeconds(now),
    user_email: [...current.user_email],
  };
}

/** The card on file for a card given by nonce, token or details. */
export function toPlanCard(card: CardInput, id: string): PlanCard {
  const address = {
    address_city: null,
    address_country: null,
    address_line1: null,
    address_line2: null,
    address_state: null,
    address_zip: null,
  };
  // Note: a nonce stands for a card tokenised client side; the sim shows it
  // as Stripe's test Visa, since the token itself reveals nothing.
  if (card.kind === 'nonce') {
    return { ...address, brand: 'Visa', exp_month: 12, exp_year: 2030, id, last4: '4242', name: null };
  }
  return {
    ...address,
    brand: brandOf(card.number),
    exp_month: card.expMonth,
    exp_year: card.expYear,
    id,
    last4: card.number.slice(-4),
    name: card.name,
  };
}

function brandOf(number: string): string {
  if (number.startsWith('4')) return 'Visa';
  if (number.startsWith('5')) return 'MasterCard';
  return 'Unknown';
}
