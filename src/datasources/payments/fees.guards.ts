import { amount, bool, coins, currency, obj, opt, type Guard } from '../../lib/guard.js';
import type { FeeDto, QuoteDto } from './fees.dto.js';

/** The fields of every fee object; the graph's FeeBreakdown reads each of them. */
const feeShape = {
  coins: opt(coins),
  coins_with_fee: opt(coins),
  coins_without_fee: opt(coins),
  fee_coins: coins,
  fee_value: amount,
  gas_coins: opt(coins),
  gas_fee_coins: coins,
  gas_fee_precent: amount,
  gas_fee_value: amount,
  pay_fee_with_coins: opt(bool),
  transaction_fee: amount,
  transaction_fee_coins: coins,
  transaction_fee_value: amount,
  value: amount,
  value_with_fee: amount,
  value_without_fee: amount,
};

/** A `fee` or `fee_summary` object. */
export const isFeeDto: Guard<FeeDto> = obj(feeShape);

/**
 * A convert_coins answer. Note: a quote without its currency is refused, never given a
 * made-up one; the karma fields are checked together by the mapper (all or none).
 */
export const isQuoteDto: Guard<QuoteDto> = obj({
  ...feeShape,
  currency,
  min_transfer_coins_value: opt(coins),
  karma_value: opt(amount),
  karma_value_lock_before: opt(amount),
  karma_value_unlock: opt(amount),
  karma_value_withdrawal_enabled: opt(bool),
});
