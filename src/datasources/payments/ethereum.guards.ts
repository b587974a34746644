import { isHexAddress } from '../../lib/ethereum-address.js';
import { arrayOf, coins, obj, opt, str, type Guard } from '../../lib/guard.js';
import type { BalanceDto, DepositAddressDto, WalletAddressListDto } from './ethereum.dto.js';

/** GET /payments-service/user/ethereum/balance: every amount and both ends of the fee range. */
export const isBalanceDto: Guard<BalanceDto> = obj({
  account_coins: coins,
  balance_coins: coins,
  total_coins: coins,
  coins_fee: obj({ min: coins, max: coins }),
});

/** The user's address list: every address a 20-byte hex address (checksummed by its scalar on the way out). */
export const isWalletAddressListDto: Guard<WalletAddressListDto> = obj({
  list: arrayOf(obj({ address: isHexAddress, description: opt(str), ts: opt(str) })),
});

/** GET /user/ethereum/deposit. */
export const isDepositAddressDto: Guard<DepositAddressDto> = obj({ address: opt(isHexAddress) });
