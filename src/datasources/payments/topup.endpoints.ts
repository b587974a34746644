import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isTopUpHistoryDto, isTopUpMinimumDto, isTopUpSettingsDto } from './topup.guards.js';

/** Errors of the TopUp writes that tell the user what to fix. */
const TOPUP_USER_ERRORS = [
  'payments-topup_unavailable',
  'payments-topup_amount_too_small',
  'payments-bad_amount',
  'payments-bad_coins_threshold',
  'payments-bad_frequency',
  'payments-bad_status',
];

/**
 * The payments service's TopUp operations (seed 003 "Coins TopUp"). Paths are exact: no
 * `/payments-service` prefix, and the settings path ends in a slash.
 */
export const TopUpEndpoints = {
  getTopUpMinAmount: {
    name: 'getTopUpMinAmount',
    method: 'GET',
    path: '/participants/topup/min_amount',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isTopUpMinimumDto,
    // The answer to "are top-ups available here?": why not is for the user to read.
    userErrors: ['payments-topup_unavailable'],
  },
  getTopUp: { name: 'getTopUp', method: 'GET', path: '/participants/topup/', timeoutMs: 5000, retries: 1, kind: 'read', accept: isTopUpSettingsDto },
  setTopUp: {
    name: 'setTopUp',
    method: 'POST',
    path: '/participants/topup/',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isTopUpSettingsDto,
    userErrors: TOPUP_USER_ERRORS,
  },
  deleteTopUp: {
    name: 'deleteTopUp',
    method: 'DELETE',
    path: '/participants/topup/',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: ['payments-topup_not_found'],
  },
  getTopUpHistory: {
    name: 'getTopUpHistory',
    method: 'GET',
    path: '/participants/topup/history',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isTopUpHistoryDto,
  },
  createManualTopUp: {
    name: 'createManualTopUp',
    method: 'POST',
    path: '/participants/topup/manual',
    // Charges the card: give the payment provider time rather than fail a charge that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    // The seed shows no answer.
    accept: anything,
    userErrors: TOPUP_USER_ERRORS,
  },
} as const satisfies Record<string, Endpoint<unknown>>;
