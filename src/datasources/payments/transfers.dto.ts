import type { JsonNumber } from '../../lib/guard.js';
import type { RecordCashoutAccountDto } from './cashout.dto.js';
import type { CoinbaseAccountDto, PoloniexAccountDto } from './exchanges.dto.js';
import type { FeeDto } from './fees.dto.js';

/**
 * Transfer records of the payments service (seed 003), as sent: the entries of GET
 * /payments-service/user/ethereum/transfer/history and of the withdrawal history, and the
 * answers of the transfer endpoints. In a history `type` names the kind (ethereum records
 * have none); the answers of the transfer endpoints have no `type` at all, so each kind's
 * interface leaves it out and {@link TransferRecordDto} adds it.
 */

/** A transfer's state upstream. */
export type TransferStatusDto = 'pending' | 'success' | 'failure';

/** What every record carries. */
export interface TransferRecordBaseDto {
  id: string;
  status: TransferStatusDto;
  ts: string;
  coins?: JsonNumber | null;
  hash?: string | null;
}

/** Coins sent to an ethereum address; also the answer of POST …/user/ethereum/transfer. */
export interface EthereumTransferDto extends TransferRecordBaseDto {
  address: string;
  fee?: JsonNumber | null;
  converted_aud_value?: JsonNumber | null;
}

/** What cash-out, Coinbase and Poloniex records share: `fee_summary` in histories, `fee` in answers. */
interface FeeCarryingDto extends TransferRecordBaseDto {
  converted_aud_value?: JsonNumber | null;
  fee_summary?: FeeDto | null;
  fee?: FeeDto | null;
}

/** A cash-out to a bank account. */
export interface CashoutTransferDto extends FeeCarryingDto {
  account?: RecordCashoutAccountDto | null;
  currency?: string | null;
  converted_value?: JsonNumber | null;
  converted_usd_value?: JsonNumber | null;
}

/** Coins sent to a Coinbase account. */
export interface CoinbaseTransferDto extends FeeCarryingDto {
  account?: CoinbaseAccountDto | null;
}

/** Coins sent to a Poloniex account. */
export interface PoloniexTransferDto extends FeeCarryingDto {
  account?: PoloniexAccountDto | null;
}

/** Coins deposited to the user's profile. */
export type DepositTransferDto = TransferRecordBaseDto;

/** A cashback paid to a bank account: `value` is fiat, and it carries no coins. */
export interface CashbackTransferDto extends TransferRecordBaseDto {
  account?: RecordCashoutAccountDto | null;
  currency?: string | null;
  value?: JsonNumber | null;
}

/** Coins spent through retail connect. */
export interface RetailConnectTransferDto extends TransferRecordBaseDto {
  currency?: string | null;
}

/** A history record of a known kind, named by `type`. */
export type TransferRecordDto =
  | (EthereumTransferDto & { type?: 'ethereum' | null })
  | (CashoutTransferDto & { type: 'cashout' })
  | (CoinbaseTransferDto & { type: 'coinbase' })
  | (PoloniexTransferDto & { type: 'poloniex' })
  | (DepositTransferDto & { type: 'deposit' })
  | (CashbackTransferDto & { type: 'user_cashback' })
  | (RetailConnectTransferDto & { type: 'retail_connect' });

/** A record of a kind added upstream after this gateway was written: left out of the graph, never fatal. */
export type OtherTransferRecordDto = Record<string, unknown>;

/** GET /payments-service/user/ethereum/transfer/history. */
export interface TransferHistoryDto {
  history: Array<TransferRecordDto | OtherTransferRecordDto>;
}
