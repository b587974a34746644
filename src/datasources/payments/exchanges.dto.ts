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
