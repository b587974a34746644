import type { Endpoint } from '../rest/endpoint.js';
import { isQuoteDto } from './fees.guards.js';
import { isEarningsStatementDto, isWithdrawalLimitsDto } from './withdrawal-reports.guards.js';
import { isWithdrawalAccountsDto, isWithdrawalHistoryDto } from './withdrawals.guards.js';

/**
 * The payments service's withdrawal operations (seed 003 "Read withdrawal accounts",
 * "…history", "…limits", "…earnings statement", "Convert coins"). Note: the history and
 * the quote are POSTs that change nothing: reads, memoised per request by their body.
 */
export const WithdrawalEndpoints = {
  getWithdrawalAccounts: {
    name: 'getWithdrawalAccounts',
    method: 'GET',
    path: '/payments-service/withdrawal/account',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isWithdrawalAccountsDto,
  },
  getWithdrawalHistory: {
    name: 'getWithdrawalHistory',
    method: 'POST',
    path: '/payments-service/withdrawal/history/get',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isWithdrawalHistoryDto,
    userErrors: ['payments-bad_chunk_id'],
  },
  getWithdrawalLimits: {
    name: 'getWithdrawalLimits',
    method: 'GET',
    path: '/payments-service/withdrawal/limits',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isWithdrawalLimitsDto,
  },
  getEarningsStatement: {
    name: 'getEarningsStatement',
    method: 'GET',
    path: '/payments-service/withdrawal/earnings/statement',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isEarningsStatementDto,
  },
  convertWithdrawalCoins: {
    name: 'convertWithdrawalCoins',
    method: 'POST',
    path: '/payments-service/withdrawal/convert_coins',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isQuoteDto,
    userErrors: ['payments-coins_or_value_required', 'payments-bad_coins', 'payments-bad_value', 'payments-bad_type', 'payments-account_not_found'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
