import { randomUUID } from 'node:crypto';
import { badRequest } from '../http/errors.js';
import type { SessionJson, StatusesJson } from './retail.dto.js';
import type { Stamp } from './retail-clock.js';
import type { StatusUpdate } from './status-update.request.js';

/** What a payment needs from outside the session: the payer's coins and a charge id source. */
export interface PaymentContext {
  /** The user's coins before this payment (base units). */
  readonly balance: bigint;
  /** A new cashless charge id. */
  nextChargeId(): string;
}

/** A cashless payment reference as the simulator's payment provider accepts it. */
const CASHLESS_REFERENCE = /^[A-Za-z0-9_-]{6,64}$/;

function badReference(message: string): Error {
  return badRequest(message, 'payments-bad_payment_reference');
}

/**
 * `statuses.payment_set` for a user's payment on a session at amount_set, with the
 * transaction that takes the coins. The seed's rules: a cash payment carries a null
 * `payment_reference`; a cashless one's reference is validated (here: 6 to 64 letters,
 * digits, `-` or `_`). The payment cannot exceed the amount, nor the coins the balance.
 */
export function paymentSetStatus(
  session: SessionJson,
  update: Extract<StatusUpdate, { status: 'payment_set' }>,
  stamp: Stamp,
  payment: PaymentContext,
): NonNullable<StatusesJson['payment_set']> {
  const amount = session.statuses!.amount_set!;
  const reference = update.paymentReference;
  if (amount.payment_method === 'cash' && reference !== null) throw badReference('payment_reference must be null for a cash payment');
  if (amount.payment_method === 'cashless' && (reference === null || !CASHLESS_REFERENCE.test(reference))) {
    throw badReference('payment_reference is not a valid cashless payment reference');
  }
  if (update.paymentValue > amount.amount_value) throw badRequest('payment_value cannot exceed amount_value', 'payments-bad_payment_value');
  if (update.paymentCoins > payment.balance) throw badRequest('Not enough coins for this payment', 'payments-insufficient_coins');
  const coins = String(update.paymentCoins);
  return {
    payment_coins: coins,
    payment_reference: reference,
    payment_result: { charge_id: amount.payment_method === 'cashless' ? payment.nextChargeId() : null, status: 'success' },
    payment_value: update.paymentValue,
    status: 'payment_set',
    transaction: {
      action: 'retail_connect',
      coins,
      coins_prices: { [session.currency]: session.coin_price.price },
      currency: session.currency,
      id: `urn:authenticateit:transaction_request:${randomUUID()}`,
      owner: session.user_id,
      profile_coins: String(payment.balance - update.paymentCoins),
      session_id: session.id,
      ts: stamp.seconds,
      type: 'transaction_request',
    },
    ts: stamp.nanos,
  };
}
