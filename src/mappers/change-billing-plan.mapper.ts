import type { ChangeBillingPlanDto } from '../datasources/payments/billing.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { isZeroDecimal } from '../lib/decimal-text.js';
import { passesLuhn } from '../lib/luhn.js';
import type { ChangeBillingPlanInput } from '../types/billing-plan.input.js';
import type { Plan } from '../types/plan.type.js';
import { toChangePlanName } from './plan-id.mapper.js';

/**
 * The PUT body for a plan change, checked against the seed's rules before any upstream
 * call: a catalogue id that exists, and for every plan but the free one a card given
 * either as a nonce or as number (passing the Luhn check), expiry and cvc.
 */
export function toChangeBillingPlanDto(input: ChangeBillingPlanInput, catalogue: readonly Plan[]): ChangeBillingPlanDto {
  const plan = catalogue.find((p) => p.id === input.planId);
  if (!plan) {
    throw new BadUserInputError(`Unknown planId "${input.planId}"; use one of ${catalogue.map((p) => p.id).join(', ')}.`);
  }
  const name = toChangePlanName(plan);
  if (!name) throw new BadUserInputError(`Plan "${plan.id}" cannot be chosen through the plan change.`);
  const card = input.card;
  // Exact: 1e-331 is not free, and a paid plan must never go out without a card.
  const free = isZeroDecimal(plan.cost);
  if (!card) {
    if (free) return { plan: name };
    throw new BadUserInputError(`Plan "${plan.id}" needs a payment card: give card.nonce or the card details.`);
  }
  if (card.nonce) return { plan: name, card: { nonce: card.nonce } };
  const { number, expMonth, expYear, cvc } = card;
  if (!number || expMonth == null || expYear == null || !cvc) {
    throw new BadUserInputError('A card needs either nonce, or number, expMonth, expYear and cvc.');
  }
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) throw new BadUserInputError('card.number must be 12 to 19 digits.');
  // A mistyped number is caught here, before it is sent; the message never repeats it.
  if (!passesLuhn(digits)) throw new BadUserInputError('card.number is not a valid card number: its check digit is wrong.');
  if (expMonth < 1 || expMonth > 12) throw new BadUserInputError('card.expMonth must be from 1 to 12.');
  if (!/^\d{3,4}$/.test(cvc)) throw new BadUserInputError('card.cvc must be 3 or 4 digits.');
  return {
    plan: name,
    card: {
      number: digits,
      exp_month: expMonth,
      exp_year: expYear,
      cvc,
      ...(card.name && { name: card.name }),
    },
  };
}
