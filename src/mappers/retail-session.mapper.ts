import type { JsonNumber } from '../lib/guard.js';
import { INTEGER_TEXT } from '../lib/patterns.js';
import type { RetailSessionDto, RetailStatusesDto } from '../datasources/payments/retail.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import { PaymentMethod, RetailSessionStatus, RetailSide } from '../types/retail.enums.js';
import type { RetailAmount, RetailPayment, RetailRebate, RetailSession, SessionCoinPrice } from '../types/retail-session.type.js';
import { toLoyaltyProgram } from './loyalty-program.mapper.js';
import { toCurrency, toDateTime, toDecimal, toFloat, toInt } from './values.js';

const STATUS: Readonly<Record<RetailSessionDto['status'], RetailSessionStatus>> = {
  init: RetailSessionStatus.INIT,
  amount_set: RetailSessionStatus.AMOUNT_SET,
  payment_set: RetailSessionStatus.PAYMENT_SET,
  payment_confirm: RetailSessionStatus.PAYMENT_CONFIRM,
  rebate_set: RetailSessionStatus.REBATE_SET,
  terminate: RetailSessionStatus.TERMINATE,
};

const shapeError = (what: string): UpstreamShapeError => new UpstreamShapeError('payments', what);

/** Largest GraphQL Int. */
const MAX_INT = 2 ** 31 - 1;

/** A date-time the graph promises (non-null), exactly as sent (nanoseconds included). */
function requiredDateTime(value: string, what: string): string {
  const at = toDateTime(value);
  if (at === null) throw shapeError(`a session with an unreadable ${what}`);
  return at;
}

/** A whole number the graph promises as an Int. */
function requiredInt(value: JsonNumber, what: string): number {
  const n = toInt(value);
  if (n === null || Math.abs(n) > MAX_INT) throw shapeError(`a session whose ${what} is not an Int`);
  return n;
}

/** Coin base units digit for digit, whatever JSON form they came in. */
function toCoins(value: JsonNumber, what: string): string {
  const text = toDecimal(value);
  if (text === null || !INTEGER_TEXT.test(text)) throw shapeError(`a session with fractional ${what}`);
  return text;
}

function toCoinPrice(price: RetailSessionDto['coin_price']): SessionCoinPrice | null {
  if (!price) return null;
  const perUnit = toFloat(price.price);
  if (perUnit === null) throw shapeError('a session coin price that is not a number');
  return { perUnit, validSeconds: requiredInt(price.timeout_sec, 'coin price timeout'), at: requiredDateTime(price.ts, 'coin price time') };
}

function toAmount(step: RetailStatusesDto['amount_set']): RetailAmount | null {
  if (!step) return null;
  return {
    valueCents: requiredInt(step.amount_value, 'amount_value'),
    paymentMethod: step.payment_method === 'cash' ? PaymentMethod.CASH : PaymentMethod.CASHLESS,
    at: requiredDateTime(step.ts, 'amount_set time'),
  };
}

function toPayment(step: RetailStatusesDto['payment_set']): RetailPayment | null {
  if (!step) return null;
  return {
    valueCents: requiredInt(step.payment_value, 'payment_value'),
    coins: toCoins(step.payment_coins, 'payment_coins'),
    reference: step.payment_reference ?? null,
    result: step.payment_result?.status ?? null,
    transactionId: step.transaction?.id ?? null,
    at: requiredDateTime(step.ts, 'payment_set time'),
  };
}

function toRebate(step: RetailStatusesDto['rebate_set']): RetailRebate | null {
  if (!step) return null;
  return { coins: toCoins(step.coins_rebate, 'coins_rebate'), at: requiredDateTime(step.ts, 'rebate_set time') };
}

/** A retail session: `statuses` become typed fields, timestamps pass as sent, the currency upper-cased. */
export function toRetailSession(dto: RetailSessionDto): RetailSession {
  const steps = dto.statuses ?? {};
  return {
    id: dto.id,
    code: dto.code,
    codeHash: dto.code_hash ?? null,
    status: STATUS[dto.status],
    statusSide: dto.status_side === 'user' ? RetailSide.USER : RetailSide.TERMINAL,
    currency: toCurrency(dto.currency)!,
    coinPrice: toCoinPrice(dto.coin_price),
    createdAt: requiredDateTime(dto.create_ts, 'create_ts'),
    updatedAt: toDateTime(dto.update_ts),
    expired: dto.is_expired,
    timeoutSeconds: requiredInt(dto.timeout, 'timeout'),
    deviceId: dto.device_id ?? null,
    operatorId: dto.operator_id ?? null,
    participantId: dto.participant_id,
    userId: dto.user_id,
    loyaltyProgram: dto.loyalty_program ? toLoyaltyProgram(dto.loyalty_program) : null,
    amount: toAmount(steps.amount_set),
    payment: toPayment(steps.payment_set),
    confirmedAt: steps.payment_confirm ? requiredDateTime(steps.payment_confirm.ts, 'payment_confirm time') : null,
    rebate: toRebate(steps.rebate_set),
    terminatedAt: steps.terminate ? requiredDateTime(steps.terminate.ts, 'terminate time') : null,
  };
}

/** True once a session can change no more: paid and rebated, or terminated. */
export function isFinalRetailSession(dto: RetailSessionDto): boolean {
  return dto.status === 'rebate_set' || dto.status === 'terminate' || dto.is_expired;
}
