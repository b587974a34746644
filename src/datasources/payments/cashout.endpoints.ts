import type { Endpoint } from '../rest/endpoint.js';
import { isCashoutAccountDto, isCashoutAccountListDto, isCashoutCountriesDto } from './cashout.guards.js';
import { isQuoteDto } from './fees.guards.js';
import { isCashoutTransferDto } from './transfers.guards.js';

/** Refusals of the account writes that tell the user what to fix. */
const ACCOUNT_ERRORS = ['payments-bad_account', 'payments-bad_country', 'payments-cashout_account_not_found'];

/**
 * The payments service's cash-out operations (seed 003, "User's cashout methods"): the
 * allowed countries, quotes, the user's bank accounts and cash-out requests. Paths are
 * exact: `/cashout/...` carries no `/payments-service` prefix.
 */
export const CashoutEndpoints = {
  getCashoutCountries: { name: 'getCashoutCountries', method: 'GET', path: '/cashout/countries', timeoutMs: 5000, retries: 1, kind: 'read', accept: isCashoutCountriesDto },
  convertCashoutCoins: {
    name: 'convertCashoutCoins',
    method: 'GET',
    path: '/cashout/convert_coins',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isQuoteDto,
    userErrors: ['payments-bad_coins', 'payments-bad_country'],
  },
  getCashoutAccounts: { name: 'getCashoutAccounts', method: 'GET', path: '/cashout/account', timeoutMs: 5000, retries: 1, kind: 'read', accept: isCashoutAccountListDto },
  addCashoutAccount: {
    name: 'addCashoutAccount',
    method: 'POST',
    path: '/cashout/account',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCashoutAccountDto,
    userErrors: ACCOUNT_ERRORS,
  },
  updateCashoutAccount: {
    name: 'updateCashoutAccount',
    method: 'PUT',
    path: '/cashout/account',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCashoutAccountListDto,
    userErrors: ACCOUNT_ERRORS,
  },
  removeCashoutAccounts: {
    name: 'removeCashoutAccounts',
    method: 'POST',
    path: '/cashout/account/remove',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCashoutAccountListDto,
    userErrors: ACCOUNT_ERRORS,
  },
  requestCashout: {
    name: 'requestCashout',
    method: 'POST',
    path: '/cashout/transfer',
    // Moves coins: give the upstream time rather than fail a cash-out that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isCashoutTransferDto,
    // payments-bad_version is the seed's own ("Your Mobile App needs to be updated"); the others are the simulator's.
    userErrors: ['payments-bad_version', 'payments-insufficient_funds', 'payments-bad_coins', ...ACCOUNT_ERRORS],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
