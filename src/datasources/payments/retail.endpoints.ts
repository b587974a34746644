import type { Endpoint } from '../rest/endpoint.js';
import { isRetailCodeDto, isRetailLevelDto, isRetailSessionDto, isRetailSessionListDto } from './retail.guards.js';

const BASE = '/payments-service/retail_connect/v1';

/** Refusals of a session step whose messages are written for the user at the till. */
const STEP_ERRORS = [
  'payments-bad_status',
  'payments-bad_session_status',
  'payments-session_expired',
  'payments-bad_amount',
  'payments-bad_payment_method',
  'payments-bad_payment_value',
  'payments-bad_payment_coins',
  'payments-bad_payment_reference',
  'payments-insufficient_coins',
];

/**
 * The payments service's retail-connect operations (seed 003). Note: level info and code
 * generation share one path (GET …/code); the level read is a read, but each code request
 * makes a new code, so that row is a write: never memoised, never retried.
 */
export const RetailEndpoints = {
  getRetailLevel: {
    name: 'getRetailLevel',
    method: 'GET',
    path: `${BASE}/code`,
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isRetailLevelDto,
  },
  generateRetailCode: {
    name: 'generateRetailCode',
    method: 'GET',
    path: `${BASE}/code`,
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isRetailCodeDto,
  },
  initRetailSession: {
    name: 'initRetailSession',
    method: 'POST',
    path: `${BASE}/sessions/session/init`,
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isRetailSessionDto,
    userErrors: ['payments-bad_code', 'payments-code_used'],
  },
  getRetailSessions: {
    name: 'getRetailSessions',
    method: 'GET',
    path: `${BASE}/sessions`,
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isRetailSessionListDto,
  },
  getRetailSession: {
    name: 'getRetailSession',
    method: 'GET',
    path: `${BASE}/sessions/session`,
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isRetailSessionDto,
  },
  // Moves coins (payment_set takes them, payment_confirm triggers the rebate): once, with time to finish.
  updateRetailSessionAsUser: {
    name: 'updateRetailSessionAsUser',
    method: 'PUT',
    path: `${BASE}/sessions/session/update/user`,
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isRetailSessionDto,
    userErrors: STEP_ERRORS,
  },
  updateRetailSessionAsTerminal: {
    name: 'updateRetailSessionAsTerminal',
    method: 'PUT',
    path: `${BASE}/sessions/session/update/terminal`,
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isRetailSessionDto,
    userErrors: STEP_ERRORS,
  },
} as const satisfies Record<string, Endpoint<unknown>>;
