import { randomUUID } from 'node:crypto';
import type { ParticipantBillingPlan } from '../billing/billing-plan.dto.js';
import { isoSeconds } from '../billing/dates.js';
import { SimHttpError } from '../http/errors.js';
import type { TopUpRecord } from './topup.dto.js';

/** Seed 003: "Participant has a supported currency (currently aud, sgd and usd)". */
const SUPPORTED_CURRENCIES: ReadonlySet<string> = new Set(['aud', 'sgd', 'usd']);

/**
 * Seed 003's conditions for TopUp: a supported currency and a credit card on the account
 * (the card the billing plan shows). Min amount, settings and manual top-ups answer 409
 * without them ("the method also can be used for checking the availability of TopUp").
 */
export function assertTopUpAvailable(plan: ParticipantBillingPlan | undefined, currency: string): void {
  if (!SUPPORTED_CURRENCIES.has(currency)) {
    throw new SimHttpError(409, 'payments-topup_unavailable', `TopUp is not available in ${currency}`);
  }
  if (plan?.card == null) {
    throw new SimHttpError(409, 'payments-topup_unavailable', 'TopUp needs a credit card on the account');
  }
}

/**
 * The history record of a manual top-up: the card is charged at once (success) and the
 * coins follow on the blockchain (pending), steps newest first as the service lists them.
 * The outer amount is in currency units, as most of the seed's records have it.
 */
export function manualTopUpRecord(cents: number, currency: string, chargeId: string, now: Date): TopUpRecord {
  const id = `urn:authenticateit:transaction_request:${randomUUID()}`;
  const ts = isoSeconds(now);
  // Keys in the order the seed's records have them.
  const step = (status: 'success' | 'pending', subType: 'charge' | 'topup') =>
    ({ amount: cents, charge_id: chargeId, currency, hash: null, id, status, sub_type: subType, ts, type: 'topup' }) as const;
  return {
    amount: cents / 100,
    history: [step('pending', 'topup'), step('success', 'charge')],
    id,
    status: 'pending',
    ts,
  };
}
