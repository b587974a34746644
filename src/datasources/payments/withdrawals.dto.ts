import type { CashoutAccountDto } from './cashout.dto.js';
import type { CoinbaseAccountDto, PoloniexAccountDto } from './exchanges.dto.js';
import type { TransferHistoryDto } from './transfers.dto.js';

/** Upstream JSON of the payments service's withdrawal endpoints (seed 003), as sent. */

/** An ethereum address as a withdrawal account (only in the withdrawal account list). */
export interface EthereumAccountDto {
  id: string;
  address: string;
  description?: string | null;
  ts?: string | null;
  currency?: string | null;
}

/** One entry of GET /payments-service/withdrawal/account: an account of any kind, named by `type`. */
export type WithdrawalAccountDto =
  | (CashoutAccountDto & { type: 'cashout_account' })
  | (CoinbaseAccountDto & { type: 'coinbase_account' })
  | (EthereumAccountDto & { type: 'ethereum_account' })
  | (PoloniexAccountDto & { type: 'poloniex_account' });

/** An entry of a kind this gateway does not know yet: left out of the graph, never fatal. */
export type OtherWithdrawalAccountDto = Record<string, unknown>;

/** GET /payments-service/withdrawal/account. */
export interface WithdrawalAccountsDto {
  accounts: Array<WithdrawalAccountDto | OtherWithdrawalAccountDto>;
  allowed_transfer_types?: string[] | null;
}

/** POST /payments-service/withdrawal/history/get: one chunk of the history; `next` is null on the last one. */
export interface WithdrawalHistoryDto {
  history: TransferHistoryDto['history'];
  next: string | null;
}

/**
 * The body of POST /payments-service/withdrawal/convert_coins. `coins` or `value` is
 * required; `value` is a JSON number, as the seed sends it.
 */
export interface WithdrawalQuoteRequestDto {
  id?: string;
  coins?: string;
  value?: number;
  negative_values?: true;
  type?: WithdrawalAccountDto['type'];
  rule_karma_value_include?: true;
}
