import { amount, arrayOf, bool, currency, either, int, intLike, obj, opt, recordOf, str, type Guard } from '../../lib/guard.js';
import type { CardDto, ParticipantBillingPlanDto, PlanCatalogueDto, PlanDto } from './billing.dto.js';

/**
 * Checks of the billing endpoints' answers, run before anything is memoised or put in the
 * shared cache: one malformed answer must fail one request, not be served to everyone
 * until its TTL runs out. Every field the graph reads is checked here.
 */

const featureValue = either(bool, str);
const descriptionList = either(arrayOf(obj({ label: str, value: featureValue })), recordOf(featureValue));

/** One catalogue plan. */
export const isPlanDto: Guard<PlanDto> = obj({
  id: str,
  name: opt(str),
  cost: amount,
  hidden: opt(bool),
  commitment_period: opt(int),
  description: opt(str),
  upgrade_description: opt(str),
  modules: opt(arrayOf(str)),
  coin_rate: amount,
  description_list: opt(descriptionList),
});

/** GET /payments-service/billing_plans. Note: a catalogue without its currency is refused, never given a made-up one. */
export const isPlanCatalogueDto: Guard<PlanCatalogueDto> = obj({ currency, list: arrayOf(isPlanDto) });

/** A card on file. */
export const isCardDto: Guard<CardDto> = obj({
  id: opt(str),
  brand: opt(str),
  last4: opt(str),
  exp_month: opt(intLike),
  exp_year: opt(intLike),
  name: opt(str),
  address_line1: opt(str),
  address_line2: opt(str),
  address_city: opt(str),
  address_state: opt(str),
  address_zip: opt(str),
  address_country: opt(str),
});

/** GET /payments-service/participants/current/billing_plan. */
export const isParticipantBillingPlanDto: Guard<ParticipantBillingPlanDto> = obj({
  plan: str,
  card: opt(isCardDto),
  contract: opt(obj({ from: opt(str), to: opt(str), terminated: opt(bool), terminate_available: opt(bool) })),
  paid_from: opt(str),
  paid_to: opt(str),
  trial: opt(obj({ status: opt(bool), from: opt(str), form: opt(str), to: opt(str) })),
  updated_at: opt(str),
  user_email: opt(arrayOf(str)),
});
