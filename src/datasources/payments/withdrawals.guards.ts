import { isHexAddress } from '../../lib/ethereum-address.js';
import { arrayOf, currency, either, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import { hasUnknownTag, tagged } from '../../lib/guard-extra.js';
import { cashoutAccountShape } from './cashout.guards.js';
import { coinbaseAccountShape, poloniexAccountShape } from './exchanges.guards.js';
import type { OtherWithdrawalAccountDto, WithdrawalAccountDto, WithdrawalAccountsDto } from './withdrawals.dto.js';

const ethereumAccountShape = { id: str, address: isHexAddress, description: opt(str), ts: opt(str), currency: opt(currency) };

const accountGuards = {
  cashout_account: obj({ ...cashoutAccountShape, type: oneOf('cashout_account') }),
  coinbase_account: obj({ ...coinbaseAccountShape, type: oneOf('coinbase_account') }),
  ethereum_account: obj({ ...ethereumAccountShape, type: oneOf('ethereum_account') }),
  poloniex_account: obj({ ...poloniexAccountShape, type: oneOf('poloniex_account') }),
};

/** One withdrawal account of a known kind, every field the graph reads checked. */
export const isWithdrawalAccountDto: Guard<WithdrawalAccountDto> = tagged('type', accountGuards);

/** An account of a kind added upstream after this gateway was written. */
const isOtherWithdrawalAccountDto: Guard<OtherWithdrawalAccountDto> = hasUnknownTag('type', new Set(Object.keys(accountGuards)));

/** GET /payments-service/withdrawal/account. */
export const isWithdrawalAccountsDto: Guard<WithdrawalAccountsDto> = obj({
  accounts: arrayOf(either(isWithdrawalAccountDto, isOtherWithdrawalAccountDto)),
  allowed_transfer_types: opt(arrayOf(str)),
});
