import type { BalanceDto, FeeRangeDto } from '../datasources/payments/ethereum.dto.js';
import type { CoinBalance, CoinRange } from '../types/coin-balance.type.js';
import { toCoins } from './coins.js';

/** The user's balance, every amount digit for digit; `total_coins` as the upstream sent it. */
export function toCoinBalance(dto: BalanceDto): CoinBalance {
  return {
    accountCoins: toCoins(dto.account_coins, 'account_coins'),
    addressCoins: toCoins(dto.balance_coins, 'balance_coins'),
    totalCoins: toCoins(dto.total_coins, 'total_coins'),
    feeRange: toFeeRange(dto.coins_fee),
  };
}

/** The balance's `coins_fee`: the allowed range of an ethereum transfer's fee. */
export function toFeeRange(dto: FeeRangeDto): CoinRange {
  return { min: toCoins(dto.min, 'coins_fee.min'), max: toCoins(dto.max, 'coins_fee.max') };
}
