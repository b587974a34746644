import type { RetailSessionDto, StatusMetadataDto } from '../datasources/payments/retail.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { PaymentMethod, RetailTerminalAction, RetailUserAction } from '../types/retail.enums.js';
import type { RetailSessionTerminalUpdate, RetailSessionUserUpdate } from '../types/retail-session.input.js';
import { checkRetailText } from './retail-input.mapper.js';

/** Cents must be more than zero: a till never asks for nothing, nor pays less. */
function positiveCents(name: string, value: number | null | undefined, action: string): number {
  if (value == null) throw new BadUserInputError(`${action} needs ${name}.`);
  if (value <= 0) throw new BadUserInputError(`"${name}" must be more than zero cents.`);
  return value;
}

/** Refuses fields that do not belong to the action, rather than dropping them silently. */
function onlyAction(action: string, fields: Record<string, unknown>): void {
  const extra = Object.keys(fields).filter((name) => fields[name] != null);
  if (extra.length > 0) throw new BadUserInputError(`${action} takes no ${extra.join(', ')}.`);
}

/**
 * The user's step as the upstream's `status_metadata`, refused (BAD_USER_INPUT) before any
 * call when it is incomplete: PAYMENT_SET needs the value (cents) and the coins, both above
 * zero; TERMINATE takes nothing else. Coins are sent as exact digits.
 */
export function toUserStatusMetadata(update: RetailSessionUserUpdate): StatusMetadataDto {
  const { paymentValueCents, paymentCoins, paymentReference } = update;
  if (update.action === RetailUserAction.TERMINATE) {
    onlyAction('TERMINATE', { paymentValueCents, paymentCoins, paymentReference });
    return { status: 'terminate' };
  }
  const value = positiveCents('paymentValueCents', paymentValueCents, 'PAYMENT_SET');
  if (paymentCoins == null) throw new BadUserInputError('PAYMENT_SET needs paymentCoins.');
  const coins = BigInt(paymentCoins);
  if (coins <= 0n) throw new BadUserInputError('"paymentCoins" must be more than zero.');
  const reference = paymentReference == null ? null : checkRetailText('paymentReference', paymentReference, 'reference');
  return { status: 'payment_set', payment_value: value, payment_coins: coins.toString(), payment_reference: reference };
}

/**
 * The terminal's step as the upstream's `status_metadata`, refused before any call when
 * incomplete: AMOUNT_SET needs the amount (cents, above zero) and the payment method.
 */
export function toTerminalStatusMetadata(update: RetailSessionTerminalUpdate): StatusMetadataDto {
  const { amountValueCents, paymentMethod } = update;
  if (update.action !== RetailTerminalAction.AMOUNT_SET) {
    onlyAction(update.action, { amountValueCents, paymentMethod });
    return { status: update.action === RetailTerminalAction.PAYMENT_CONFIRM ? 'payment_confirm' : 'terminate' };
  }
  const amount = positiveCents('amountValueCents', amountValueCents, 'AMOUNT_SET');
  if (paymentMethod == null) throw new BadUserInputError('AMOUNT_SET needs paymentMethod.');
  return { status: 'amount_set', amount_value: amount, payment_method: paymentMethod === PaymentMethod.CASH ? 'cash' : 'cashless' };
}

/** True when a step carries a payment reference, which only a cashless session admits. */
export function carriesPaymentReference(metadata: StatusMetadataDto): boolean {
  return metadata.status === 'payment_set' && metadata.payment_reference !== null;
}

/**
 * Refuses a payment reference on a cash session before the upstream is called (seed 003:
 * for cash, payment_reference must be null). A cashless reference is the upstream's to
 * validate; a session not yet at amount_set is the upstream's to refuse as out of order.
 */
export function assertReferenceFits(session: RetailSessionDto, metadata: StatusMetadataDto): void {
  if (carriesPaymentReference(metadata) && session.statuses?.amount_set?.payment_method === 'cash') {
    throw new BadUserInputError('"paymentReference" must be null: this session is paid in cash.');
  }
}
