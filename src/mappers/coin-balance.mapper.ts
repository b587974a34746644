import type { BalanceDto } from '../datasources/payments/ethereum.dto.js';
import type { CoinBalance } from '../types/coin-balance.type.js';
import { toCoins } from './coins.js';

/** The user's balance, every amount digit for digit; `total_coins` as the upstream sent it. */
export function toCoinBalance(dto: BalanceDto): CoinBalance {
  return {
    accountCoins: toCoins(dto.account_coins, 'account_coins'),
    addressCoins: toCoins(dto.balance_coins, 'balance_coins'),
    totalCoins: toCoins(dto.total_coins, 'total_coins'),
    feeRange: { min: toCoins(dto.coins_fee.min, 'coins_fee.min'), max: toCoins(dto.coins_fee.max, 'coins_fee.max') },
  };
}
