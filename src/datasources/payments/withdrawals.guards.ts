import { isHexAddress } from '../../lib/ethereum-address.js';
import { arrayOf, currency, either, nullable, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import { hasUnknownTag, tagged } from '../../lib/guard-extra.js';
import { cashoutAccountShape } from './cashout.guards.js';
import { coinbaseAccountShape, poloniexAccountShape } from './exchanges.guards.js';
import { isTransferRecordListDto } from './transfers.guards.js';
import type { OtherWithdrawalAccountDto, WithdrawalAccountDto, WithdrawalAccountsDto, WithdrawalHistoryDto } from './withdrawals.dto.js';

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

/**
 * A chunk id as it may come back inside a cursor: visible ASCII, short enough that the
 * cursor stays within what the gateway accepts back.
 */
const isChunkId: Guard<string> = (value): value is string => typeof value === 'string' && /^[\x21-\x7E]{1,500}$/.test(value);

/** POST /payments-service/withdrawal/history/get. */
export const isWithdrawalHistoryDto: Guard<WithdrawalHistoryDto> = obj({ history: isTransferRecordListDto, next: nullable(isChunkId) });
