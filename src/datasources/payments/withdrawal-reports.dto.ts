import type { JsonNumber } from '../../lib/guard.js';

/**
 * Upstream JSON of the payments service's withdrawal reports (seed 003 "Read withdrawal
 * limits", "Read earnings statement"), as sent. Coin fields are digit strings, `0`, or
 * JSON numbers past 2^53 (kept as text by the lossless parser); the rest are JSON numbers.
 */

/** The limit of the current period (`current_limit`). Note: "transfered" is the upstream's spelling. */
export interface CurrentLimitDto {
  current_level: string;
  current_level_max_value?: JsonNumber | null;
  current_level_max_value_earnings?: JsonNumber | null;
  current_booster?: JsonNumber | null;
  coins_limit_based_on_earnings?: JsonNumber | null;
  coins_transfered?: JsonNumber | null;
  coins_transfered_wo_boosters?: JsonNumber | null;
  current_coins_price?: JsonNumber | null;
  current_rest?: JsonNumber | null;
  current_rest_coins?: JsonNumber | null;
  /** rest_based_earnings or rest_based_limits. */
  current_rest_type?: string | null;
  current_value?: JsonNumber | null;
  ts_from?: string | null;
  ts_to?: string | null;
}

/** One level's limits (`levels_limits`). */
export interface LevelLimitDto {
  level: string;
  level_max_booster: JsonNumber;
  level_max_value: JsonNumber;
  level_max_value_with_booster: JsonNumber;
}

/** GET /payments-service/withdrawal/limits. */
export interface WithdrawalLimitsDto {
  currency: string;
  currency_symbol?: string | null;
  current_limit: CurrentLimitDto;
  levels_limits: LevelLimitDto[];
  start_ts?: string | null;
}

/** One month of GET /payments-service/withdrawal/earnings/statement; `balance_ts` may be the 0000-01-01 placeholder. */
export interface EarningsPeriodDto {
  period: string;
  year: JsonNumber;
  month: JsonNumber;
  earn_coins: JsonNumber;
  transfer_coins: JsonNumber;
  balance: JsonNumber;
  balance_ts?: string | null;
  balance_type: string;
}

/** GET /payments-service/withdrawal/earnings/statement. */
export interface EarningsStatementDto {
  result: EarningsPeriodDto[];
}
