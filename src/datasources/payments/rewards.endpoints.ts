import type { Endpoint } from '../rest/endpoint.js';
import { isCoinConversionDto } from './rewards.guards.js';

/** Refusals of a conversion that tell the user what to fix. */
const CONVERSION_ERRORS = ['payments-bad_coins', 'payments-bad_country', 'payments-bad_currency'];

/**
 * The payments service's "Converting of coins by current price" (seed 003). One path, two
 * rows: any amount for one caller, and the price of a whole coin, shared by everyone.
 */
export const RewardsEndpoints = {
  convertCoins: {
    name: 'convertCoins',
    method: 'GET',
    path: '/rewards/convert/coins',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isCoinConversionDto,
    userErrors: CONVERSION_ERRORS,
  },
  getCoinPrice: {
    name: 'getCoinPrice',
    method: 'GET',
    path: '/rewards/convert/coins',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isCoinConversionDto,
    // Note: one entry per currency (the shared key follows the query); the same for every
    // caller, at most the upstream's own 120 s old, stamped with when it was read.
    shared: { key: 'payments:coin_price:v1', ttl: 'coinPriceTtlSeconds', stamped: true },
    userErrors: CONVERSION_ERRORS,
  },
} as const satisfies Record<string, Endpoint<unknown>>;
