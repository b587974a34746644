import type { WithdrawalLimitsDto } from '../datasources/payments/withdrawal-reports.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { WithdrawalLimits } from '../types/withdrawal-limits.type.js';
import { toRequiredFloat } from './amounts.js';
import { toOptionalCoins } from './coins.js';
import { toCurrency, toDateTime, toFloat } from './values.js';

/**
 * The withdrawal limits: coins digit for digit, the contract's Floats as floats, the
 * currency upper-cased ("AUD"; the upstream's `currency_low` repeats it in lower case).
 */
export function toWithdrawalLimits(dto: WithdrawalLimitsDto): WithdrawalLimits {
  const currency = toCurrency(dto.currency);
  if (currency === null) throw new UpstreamShapeError('payments', 'withdrawal limits without currency');
  const c = dto.current_limit;
  return {
    currency,
    currencySymbol: dto.currency_symbol ?? null,
    current: {
      level: c.current_level,
      levelMaxValue: toFloat(c.current_level_max_value),
      levelMaxValueEarnings: toFloat(c.current_level_max_value_earnings),
      booster: toFloat(c.current_booster),
      coinsLimitBasedOnEarnings: toOptionalCoins(c.coins_limit_based_on_earnings, 'coins_limit_based_on_earnings'),
      coinsTransferred: toOptionalCoins(c.coins_transfered, 'coins_transfered'),
      coinsTransferredWithoutBoosters: toOptionalCoins(c.coins_transfered_wo_boosters, 'coins_transfered_wo_boosters'),
      coinPrice: toFloat(c.current_coins_price),
      rest: toFloat(c.current_rest),
      restCoins: toOptionalCoins(c.current_rest_coins, 'current_rest_coins'),
      restType: c.current_rest_type ?? null,
      value: toFloat(c.current_value),
      from: toDateTime(c.ts_from),
      to: toDateTime(c.ts_to),
    },
    levels: dto.levels_limits.map((l) => ({
      level: l.level,
      maxBooster: toRequiredFloat(l.level_max_booster, 'level_max_booster'),
      maxValue: toRequiredFloat(l.level_max_value, 'level_max_value'),
      maxValueWithBooster: toRequiredFloat(l.level_max_value_with_booster, 'level_max_value_with_booster'),
    })),
    startAt: toDateTime(dto.start_ts),
  };
}
