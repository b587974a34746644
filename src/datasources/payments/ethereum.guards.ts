import { coins, obj, type Guard } from '../../lib/guard.js';
import type { BalanceDto } from './ethereum.dto.js';

/** GET /payments-service/user/ethereum/balance: every amount and both ends of the fee range. */
export const isBalanceDto: Guard<BalanceDto> = obj({
  account_coins: coins,
  balance_coins: coins,
  total_coins: coins,
  coins_fee: obj({ min: coins, max: coins }),
});
