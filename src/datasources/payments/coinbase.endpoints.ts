import type { Endpoint } from '../rest/endpoint.js';
import { isCoinbaseAccountsDto } from './exchanges.guards.js';
import { isQuoteDto } from './fees.guards.js';
import { isCoinbaseTransferDto } from './transfers.guards.js';

/**
 * Seed 003's "Coinbase errors": the stored Coinbase tokens are missing or no longer work.
 * Their texts tell the user to reconnect the account, so they reach the client.
 */
export const COINBASE_USER_ERRORS = [
  'payments-coinbase_no_tokens_by_refresh_token',
  'payments-coinbase_no_stored_tokens',
  'payments-coinbase_no_user_by_access_token',
  'payments-coinbase_no_tokens_by_code',
] as const;

/** The payments service's Coinbase operations (seed 003 "Coinbase transfers"). */
export const CoinbaseEndpoints = {
  getCoinbaseAccounts: {
    name: 'getCoinbaseAccounts',
    method: 'GET',
    path: '/payments-service/coinbase/account',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isCoinbaseAccountsDto,
    userErrors: COINBASE_USER_ERRORS,
  },
  removeCoinbaseAccounts: {
    name: 'removeCoinbaseAccounts',
    method: 'POST',
    path: '/payments-service/coinbase/account/remove',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCoinbaseAccountsDto,
    userErrors: COINBASE_USER_ERRORS,
  },
  convertCoinbaseCoins: {
    name: 'convertCoinbaseCoins',
    method: 'GET',
    path: '/payments-service/coinbase/convert_coins',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isQuoteDto,
    userErrors: [...COINBASE_USER_ERRORS, 'payments-bad_coins'],
  },
  transferToCoinbase: {
    name: 'transferToCoinbase',
    method: 'POST',
    path: '/payments-service/coinbase/transfer',
    // Moves coins: give the upstream time rather than fail a transfer that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCoinbaseTransferDto,
    // Note: besides the seed's Coinbase errors, the simulator's own ids, written for users.
    userErrors: [...COINBASE_USER_ERRORS, 'payments-insufficient_funds', 'payments-bad_coins'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
