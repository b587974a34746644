/** Upstream JSON of the payments service's Coinbase and Poloniex endpoints (seed 003), as sent. */

/** A connected Coinbase account; `ts` is when it was connected, `inactive` is set once it is disconnected. */
export interface CoinbaseAccountDto {
  id: string;
  email?: string | null;
  name?: string | null;
  username?: string | null;
  avatar_url?: string | null;
  resource_path?: string | null;
  ts?: string | null;
  inactive?: boolean | null;
  currency?: string | null;
}

/** A Poloniex deposit address the user added; `status` is pending, success or failure. */
export interface PoloniexAccountDto {
  id: string;
  address: string;
  description?: string | null;
  status?: string | null;
  is_new?: boolean | null;
  ts?: string | null;
  currency?: string | null;
}

/** GET, and POST …/remove, of /payments-service/coinbase/account: the user's Coinbase accounts. */
export interface CoinbaseAccountsDto {
  accounts: CoinbaseAccountDto[];
}

/** Every answer of /payments-service/poloniex/account (add, read, update, remove): the whole list. */
export interface PoloniexAccountsDto {
  accounts: PoloniexAccountDto[];
}

/** The body of POST …/coinbase/transfer and …/poloniex/transfer: coins as integer text. */
export interface ExchangeTransferRequestDto {
  coins: string;
  id: string;
  pay_fee_with_coins: boolean;
}

/** The body of POST /payments-service/poloniex/account. */
export interface AddPoloniexAccountDto {
  address: string;
  description?: string;
}

/** The body of PUT /payments-service/poloniex/account. */
export interface UpdatePoloniexAccountDto {
  id: string;
  description: string;
}
