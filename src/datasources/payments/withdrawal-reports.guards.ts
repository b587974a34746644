import { amount, arrayOf, coins, currency, intLike, obj, opt, str, type Guard } from '../../lib/guard.js';
import type { EarningsStatementDto, WithdrawalLimitsDto } from './withdrawal-reports.dto.js';

/**
 * Checks of the withdrawal reports: every field the graph reads. Note: Float fields are
 * checked as amounts, since the lossless parser keeps a number of over 17 digits as text.
 */

const currentLimitShape = {
  current_level: str,
  current_level_max_value: opt(amount),
  current_level_max_value_earnings: opt(amount),
  current_booster: opt(amount),
  coins_limit_based_on_earnings: opt(coins),
  coins_transfered: opt(coins),
  coins_transfered_wo_boosters: opt(coins),
  current_coins_price: opt(amount),
  current_rest: opt(amount),
  current_rest_coins: opt(coins),
  current_rest_type: opt(str),
  current_value: opt(amount),
  ts_from: opt(str),
  ts_to: opt(str),
};

const levelLimitShape = { level: str, level_max_booster: amount, level_max_value: amount, level_max_value_with_booster: amount };

/** GET /payments-service/withdrawal/limits. */
export const isWithdrawalLimitsDto: Guard<WithdrawalLimitsDto> = obj({
  currency,
  currency_symbol: opt(str),
  current_limit: obj(currentLimitShape),
  levels_limits: arrayOf(obj(levelLimitShape)),
  start_ts: opt(str),
});

const earningsPeriodShape = {
  period: str,
  year: intLike,
  month: intLike,
  earn_coins: coins,
  transfer_coins: coins,
  balance: coins,
  balance_ts: opt(str),
  balance_type: str,
};

/** GET /payments-service/withdrawal/earnings/statement. */
export const isEarningsStatementDto: Guard<EarningsStatementDto> = obj({ result: arrayOf(obj(earningsPeriodShape)) });
