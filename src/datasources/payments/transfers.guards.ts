import { isHexAddress } from '../../lib/ethereum-address.js';
import { amount, arrayOf, coins, currency, either, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import { dateTimeText, hasUnknownTag, tagged } from '../../lib/guard-extra.js';
import { isRecordCashoutAccountDto } from './cashout.guards.js';
import { isCoinbaseAccountDto, isPoloniexAccountDto } from './exchanges.guards.js';
import { isFeeDto } from './fees.guards.js';
import type * as T from './transfers.dto.js';

/**
 * Checks of transfer records, one per kind, run before a history or an answer is used:
 * every field the graph's Transfer types read is checked here. The `is…TransferDto`
 * guards check a transfer endpoint's answer (no `type`); {@link isTransferRecordDto}
 * checks a history record by its `type`. Note: Float fields (`converted_aud_value`) are
 * checked as amounts, since the lossless parser keeps a number of over 17 digits as text.
 */

const base = { id: str, status: oneOf('pending', 'success', 'failure'), ts: dateTimeText, coins: opt(coins), hash: opt(str) };
const fees = { converted_aud_value: opt(amount), fee_summary: opt(isFeeDto), fee: opt(isFeeDto) };

const shapes = {
  ethereum: { ...base, address: isHexAddress, fee: opt(coins), converted_aud_value: opt(amount) },
  cashout: {
    ...base,
    ...fees,
    account: opt(isRecordCashoutAccountDto),
    currency: opt(currency),
    converted_value: opt(amount),
    converted_usd_value: opt(amount),
  },
  coinbase: { ...base, ...fees, account: opt(isCoinbaseAccountDto) },
  poloniex: { ...base, ...fees, account: opt(isPoloniexAccountDto) },
  deposit: base,
  user_cashback: { ...base, account: opt(isRecordCashoutAccountDto), currency: opt(currency), value: opt(amount) },
  retail_connect: { ...base, currency: opt(currency) },
};

/** POST …/user/ethereum/transfer's answer (and an ethereum record). */
export const isEthereumTransferDto: Guard<T.EthereumTransferDto> = obj(shapes.ethereum);
/** POST /cashout/transfer's answer. */
export const isCashoutTransferDto: Guard<T.CashoutTransferDto> = obj(shapes.cashout);
/** POST …/coinbase/transfer's answer. */
export const isCoinbaseTransferDto: Guard<T.CoinbaseTransferDto> = obj(shapes.coinbase);
/** POST …/poloniex/transfer's answer. */
export const isPoloniexTransferDto: Guard<T.PoloniexTransferDto> = obj(shapes.poloniex);

/** The guard of each known kind, by the upstream's `type`. */
const recordGuards = {
  ethereum: obj({ ...shapes.ethereum, type: opt(oneOf('ethereum')) }),
  cashout: obj({ ...shapes.cashout, type: oneOf('cashout') }),
  coinbase: obj({ ...shapes.coinbase, type: oneOf('coinbase') }),
  poloniex: obj({ ...shapes.poloniex, type: oneOf('poloniex') }),
  deposit: obj({ ...shapes.deposit, type: oneOf('deposit') }),
  user_cashback: obj({ ...shapes.user_cashback, type: oneOf('user_cashback') }),
  retail_connect: obj({ ...shapes.retail_connect, type: oneOf('retail_connect') }),
};

/** A history record of a known kind; a record without `type` is an ethereum transfer. */
export const isTransferRecordDto: Guard<T.TransferRecordDto> = tagged('type', recordGuards, 'ethereum');

const isOtherTransferRecordDto: Guard<T.OtherTransferRecordDto> = hasUnknownTag('type', new Set(Object.keys(recordGuards)));

/** A list of history records; a record of a kind added upstream later passes, to be left out by the mapper. */
export const isTransferRecordListDto: Guard<Array<T.TransferRecordDto | T.OtherTransferRecordDto>> = arrayOf(
  either(isTransferRecordDto, isOtherTransferRecordDto),
);

/** GET /payments-service/user/ethereum/transfer/history. */
export const isTransferHistoryDto: Guard<T.TransferHistoryDto> = obj({ history: isTransferRecordListDto });
