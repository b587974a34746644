import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's "Converting of coins by current price" (seed 003), as sent. */

/** GET /rewards/convert/coins: the fiat value of some coins (`value` 0.000024, `currency` "aud"). */
export interface CoinConversionDto {
  currency: string;
  value: JsonNumber;
}

/** The query of GET /rewards/convert/coins. Note: the seed lists these as "body" of a GET; they go in the query. */
export interface CoinConversionQuery {
  coins: string;
  country?: string;
  currency?: string;
}
