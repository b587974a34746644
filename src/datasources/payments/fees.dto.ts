import type { JsonNumber } from '../../lib/guard.js';

/**
 * A fee object as the payments service sends it (seed 003): `fee` in transfer answers,
 * `fee_summary` in history records, and the body of every convert_coins answer. Coin
 * fields come as digit strings, as `0`, or as JSON numbers past 2^53
 * (`-1980490000000000000000`, kept as text by the lossless parser); fiat fields as JSON
 * numbers (`0.04`, `-0.06`).
 */
export interface FeeDto {
  coins?: JsonNumber | null;
  coins_with_fee?: JsonNumber | null;
  coins_without_fee?: JsonNumber | null;
  fee_coins: JsonNumber;
  fee_value: JsonNumber;
  gas_coins?: JsonNumber | null;
  gas_fee_coins: JsonNumber;
  /** The upstream's spelling of "percent". */
  gas_fee_precent: JsonNumber;
  gas_fee_value: JsonNumber;
  pay_fee_with_coins?: boolean | null;
  transaction_fee: JsonNumber;
  transaction_fee_coins: JsonNumber;
  transaction_fee_value: JsonNumber;
  value: JsonNumber;
  value_with_fee: JsonNumber;
  value_without_fee: JsonNumber;
}

/**
 * A convert_coins answer (cashout, coinbase, withdrawal): a fee object with its currency,
 * the smallest transfer allowed and, when `rule_karma_value_include` was asked for, the
 * karma rule's verdict.
 */
export interface QuoteDto extends FeeDto {
  currency: string;
  min_transfer_coins_value?: JsonNumber | null;
  karma_value?: JsonNumber | null;
  karma_value_lock_before?: JsonNumber | null;
  karma_value_unlock?: JsonNumber | null;
  karma_value_withdrawal_enabled?: boolean | null;
}
