import type * as T from '../datasources/payments/transfers.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { CashbackTransfer } from '../types/cashback-transfer.type.js';
import type { CashoutAccount } from '../types/cashout-account.type.js';
import type { CashoutTransfer } from '../types/cashout-transfer.type.js';
import type { CoinbaseTransfer } from '../types/coinbase-transfer.type.js';
import type { DepositTransfer } from '../types/deposit-transfer.type.js';
import type { EthereumTransfer } from '../types/ethereum-transfer.type.js';
import type { PoloniexTransfer } from '../types/poloniex-transfer.type.js';
import type { RetailConnectTransfer } from '../types/retail-connect-transfer.type.js';
import { TransferKind, TransferStatus } from '../types/transfer.enums.js';
import { toOptionalAmount } from './amounts.js';
import { toOptionalCoins } from './coins.js';
import { toRecordFee } from './fee-breakdown.mapper.js';
import { toCashoutAccount, toCoinbaseAccount, toPoloniexAccount } from './withdrawal-account.mapper.js';
import { toCurrency, toDateTime, toFloat } from './values.js';

/** Any transfer the graph shows: one object type per kind. */
export type AnyTransfer =
  | EthereumTransfer
  | CashoutTransfer
  | CoinbaseTransfer
  | PoloniexTransfer
  | DepositTransfer
  | CashbackTransfer
  | RetailConnectTransfer;

const STATUS = { pending: TransferStatus.PENDING, success: TransferStatus.SUCCESS, failure: TransferStatus.FAILURE } as const;

/**
 * The fields every kind has, and the kind's own. A record without a real time (the
 * 0000-01-01 placeholder) cannot be placed in a history. Note: built with Object.assign,
 * not `{ ...common, kind, … }`: in Node 20's V8 a spread followed by more properties took
 * about 5 µs per transfer, most of a history page's mapping (profiled, W6).
 */
function withCommon<X extends { kind: TransferKind }>(dto: T.TransferRecordBaseDto, own: X) {
  const at = toDateTime(dto.ts);
  if (at === null) throw new UpstreamShapeError('payments', 'a transfer without a time');
  return Object.assign({ id: dto.id, status: STATUS[dto.status], at, coins: toOptionalCoins(dto.coins, 'transfer coins'), hash: dto.hash ?? null }, own);
}

/**
 * The bank account of a cash-out or cashback record. Note: null when the record's account
 * has no id (the review history sends some so): a CashoutAccount without its id could not
 * be told apart or used for a new cash-out.
 */
function toRecordCashoutAccount(account: T.CashoutTransferDto['account']): CashoutAccount | null {
  return account && hasId(account) ? toCashoutAccount(account) : null;
}

function hasId<A extends { id?: unknown }>(account: A): account is A & { id: string } {
  return typeof account.id === 'string';
}

/** An ethereum transfer: a history record without `type`, or the answer of POST …/user/ethereum/transfer. */
export function toEthereumTransfer(dto: T.EthereumTransferDto): EthereumTransfer {
  return withCommon(dto, {
    kind: TransferKind.ETHEREUM,
    address: dto.address,
    fee: toOptionalCoins(dto.fee, 'transfer fee'),
    convertedAudValue: toFloat(dto.converted_aud_value),
  });
}

/** A cash-out: a history record, or the answer of POST /cashout/transfer. */
export function toCashoutTransfer(dto: T.CashoutTransferDto): CashoutTransfer {
  return withCommon(dto, {
    kind: TransferKind.CASHOUT,
    account: toRecordCashoutAccount(dto.account),
    currency: toCurrency(dto.currency),
    convertedValue: toOptionalAmount(dto.converted_value, 'converted_value'),
    convertedAudValue: toFloat(dto.converted_aud_value),
    convertedUsdValue: toFloat(dto.converted_usd_value),
    fee: toRecordFee(dto),
  });
}

/** A Coinbase transfer: a history record, or the answer of POST …/coinbase/transfer. */
export function toCoinbaseTransfer(dto: T.CoinbaseTransferDto): CoinbaseTransfer {
  const account = dto.account ? toCoinbaseAccount(dto.account) : null;
  return withCommon(dto, { kind: TransferKind.COINBASE, account, convertedAudValue: toFloat(dto.converted_aud_value), fee: toRecordFee(dto) });
}

/** A Poloniex transfer: a history record, or the answer of POST …/poloniex/transfer. */
export function toPoloniexTransfer(dto: T.PoloniexTransferDto): PoloniexTransfer {
  const account = dto.account ? toPoloniexAccount(dto.account) : null;
  return withCommon(dto, { kind: TransferKind.POLONIEX, account, convertedAudValue: toFloat(dto.converted_aud_value), fee: toRecordFee(dto) });
}

/** A cashback: a fiat `value`, usually without coins. */
export function toCashbackTransfer(dto: T.CashbackTransferDto): CashbackTransfer {
  return withCommon(dto, {
    kind: TransferKind.USER_CASHBACK,
    account: toRecordCashoutAccount(dto.account),
    currency: toCurrency(dto.currency),
    value: toOptionalAmount(dto.value, 'cashback value'),
  });
}

/**
 * A history record of any known kind, by its upstream `type`. Fiat values stay exact
 * (`converted_value` 3.3 is "3.3"); the contract's Floats (`convertedAudValue`) stay Floats.
 */
export function toTransfer(dto: T.TransferRecordDto): AnyTransfer {
  switch (dto.type) {
    case undefined:
    case null:
    case 'ethereum':
      return toEthereumTransfer(dto);
    case 'cashout':
      return toCashoutTransfer(dto);
    case 'coinbase':
      return toCoinbaseTransfer(dto);
    case 'poloniex':
      return toPoloniexTransfer(dto);
    case 'deposit':
      return withCommon(dto, { kind: TransferKind.DEPOSIT });
    case 'user_cashback':
      return toCashbackTransfer(dto);
    case 'retail_connect':
      return withCommon(dto, { kind: TransferKind.RETAIL_CONNECT, currency: toCurrency(dto.currency) });
  }
}
