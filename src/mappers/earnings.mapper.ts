import type { EarningsStatementDto } from '../datasources/payments/withdrawal-reports.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { EarningsPeriod } from '../types/earnings-period.type.js';
import { toCoins } from './coins.js';
import { toDateTime, toInt } from './values.js';

/**
 * The earnings statement, month by month in the upstream's order. Coins come out digit for
 * digit (`0`, "2592141309999999889411", "-119088159031979250176"); the `0000-01-01`
 * placeholder of `balance_ts` is null.
 */
export function toEarningsPeriods(dto: EarningsStatementDto): EarningsPeriod[] {
  return dto.result.map((p) => {
    const year = toInt(p.year);
    const month = toInt(p.month);
    if (year === null || month === null || month < 1 || month > 12) throw new UpstreamShapeError('payments', 'an earnings period without a real month');
    return {
      period: p.period,
      year,
      month,
      earnedCoins: toCoins(p.earn_coins, 'earn_coins'),
      transferredCoins: toCoins(p.transfer_coins, 'transfer_coins'),
      balance: toCoins(p.balance, 'balance'),
      balanceAt: toDateTime(p.balance_ts),
      balanceType: p.balance_type,
    };
  });
}
