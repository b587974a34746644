import type { Endpoint } from '../rest/endpoint.js';
import { isPoloniexAccountsDto } from './exchanges.guards.js';
import { isPoloniexTransferDto } from './transfers.guards.js';

/** Refusals of the account writes that tell the user what to fix (the simulator's ids; the seed lists none). */
const ACCOUNT_USER_ERRORS = ['payments-bad_address', 'payments-bad_description', 'payments-bad_ids', 'payments-poloniex_account_not_found'];

/** The payments service's Poloniex operations (seed 003 "Poloniex transfers"); every account write answers the whole list. */
export const PoloniexEndpoints = {
  addPoloniexAccount: {
    name: 'addPoloniexAccount',
    method: 'POST',
    path: '/payments-service/poloniex/account',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isPoloniexAccountsDto,
    userErrors: ACCOUNT_USER_ERRORS,
  },
  getPoloniexAccounts: {
    name: 'getPoloniexAccounts',
    method: 'GET',
    path: '/payments-service/poloniex/account',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isPoloniexAccountsDto,
  },
  updatePoloniexAccount: {
    name: 'updatePoloniexAccount',
    method: 'PUT',
    path: '/payments-service/poloniex/account',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isPoloniexAccountsDto,
    userErrors: ACCOUNT_USER_ERRORS,
  },
  removePoloniexAccounts: {
    name: 'removePoloniexAccounts',
    method: 'POST',
    path: '/payments-service/poloniex/account/remove',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isPoloniexAccountsDto,
    userErrors: ACCOUNT_USER_ERRORS,
  },
  transferToPoloniex: {
    name: 'transferToPoloniex',
    method: 'POST',
    path: '/payments-service/poloniex/transfer',
    // Moves coins: give the upstream time rather than fail a transfer that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isPoloniexTransferDto,
    userErrors: ['payments-insufficient_funds', 'payments-bad_coins', 'payments-poloniex_account_not_found'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
