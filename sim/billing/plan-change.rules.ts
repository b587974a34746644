import { SimHttpError } from '../http/errors.js';
import type { ChangePlanRequest, ParticipantBillingPlan } from './billing-plan.dto.js';
import { CATALOGUE_ID_BY_PLAN_NAME, CONTRACT_WEEKS } from './plan-change.js';
import { planPayment, type PaymentRecord } from './payment-record.js';

/** What each catalogue plan costs per period (seed 003: basic 0, lite 195, standard 395, pro 495). */
const COST_BY_CATALOGUE_ID: Readonly<Record<string, number>> = { basic: 0, light: 195, pro: 395, 'pro-corp': 495 };

const DAY_MS = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2 May 2026": a date for people to read (and one no digit-run scrubber takes for a card number). */
function longDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/**
 * Seed 003: "The participant can upgrade the plan at any time. The plan can only be
 * downgraded after 52 weeks of using the current plan." A downgrade is a move to a
 * cheaper plan; the clock is the contract's `from` date, the day the current plan began.
 * Note: a trial (`complete`) or a plan without a contract start has no clock to respect.
 */
export function assertPlanChangeAllowed(current: ParticipantBillingPlan, request: ChangePlanRequest, now: Date): void {
  const from = current.contract.from;
  const currentCost = COST_BY_CATALOGUE_ID[current.plan];
  const targetCost = COST_BY_CATALOGUE_ID[CATALOGUE_ID_BY_PLAN_NAME[request.plan]]!;
  if (currentCost === undefined || from === undefined || targetCost >= currentCost) return;
  const since = Date.parse(`${from}T00:00:00Z`);
  const earliest = since + CONTRACT_WEEKS * 7 * DAY_MS;
  if (Number.isNaN(since) || now.getTime() >= earliest) return;
  throw new SimHttpError(
    409,
    'payments-downgrade_too_early',
    `The plan can only be downgraded after 52 weeks of using the current plan: from ${longDate(new Date(earliest))}.`,
  );
}

/** The payment a change charges: a new paid plan costs its first period; the same plan again or basic costs nothing. */
export function paymentForChange(before: ParticipantBillingPlan, after: ParticipantBillingPlan, request: ChangePlanRequest, now: Date): PaymentRecord | null {
  const cost = COST_BY_CATALOGUE_ID[after.plan] ?? 0;
  if (after.plan === before.plan || cost === 0 || after.card === null || after.paid_from === null || after.paid_to === null) return null;
  return planPayment(request.plan, cost, after.card, after.paid_from, after.paid_to, now);
}
