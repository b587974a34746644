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
  coins_fee: FeeRangeDto;
}

/** `coins_fee` of the balance: the allowed range of an ethereum transfer's `fee`. */
export interface FeeRangeDto {
  min: JsonNumber;
  max: JsonNumber;
}

/** The body of POST /payments-service/user/ethereum/transfer: coin amounts as integer strings. */
export interface EthereumTransferRequestDto {
  address: string;
  coins: string;
  fee: string;
}

/** One of the user's own addresses in the answers of /user/ethereum/addresses; `ts` is when it was added. */
export interface WalletAddressDto {
  address: string;
  description?: string | null;
  ts?: string | null;
}

/** GET /user/ethereum/addresses, and the answer of adding or removing addresses: the whole list. */
export interface WalletAddressListDto {
  list: WalletAddressDto[];
}

/** The body of POST /user/ethereum/addresses ("Add new / update address"). */
export interface AddWalletAddressRequestDto {
  address: string;
  description?: string;
}

/** GET /user/ethereum/deposit: the address the user deposits coins to. */
export interface DepositAddressDto {
  address?: string | null;
}
