import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's user coin endpoints (seed 003, "User's coins transfers"), as sent. */

/**
 * GET /payments-service/user/ethereum/balance. Note: the seed documents `total_coins` as
 * "account_coins + account_coins"; its example is account + balance, and it is passed on as sent.
 */
export interface BalanceDto {
  account_coins: JsonNumber;
  balance_coins: JsonNumber;
  total_coins: JsonNumber;
  /** The allowed range of the `fee` of an ethereum transfer. */
  coins_fee: { min: JsonNumber; max: JsonNumber };
}

/** The body of POST /payments-service/user/ethereum/transfer: coin amounts as integer strings. */
export interface EthereumTransferRequestDto {
  address: string;
  coins: string;
  fee: string;
}
