import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isAccessTokenDto, isMerchantContextDto, isMerchantLoginAnswer, isSupportTicketDto } from './tickets.guards.js';

/** `error_id`s of the ticket service whose message tells the user what to fix. */
const TICKET_INPUT_ERRORS = ['tickets-unknown_customer', 'tickets-customer_no_email', 'tickets-unknown_deposit', 'tickets-bad_extension', 'tickets-too_many_files'];

/**
 * The support-ticket service's operations (seeds 000, 001, 002). Note: the seeds name the
 * operations but not their paths; these are our choice, made once, here (the simulator
 * serves the same). `/oauth2/token/` is the one path seed 001 gives.
 */
export const TicketEndpoints = {
  requestAccessToken: {
    name: 'requestAccessToken',
    method: 'POST',
    path: '/oauth2/token/',
    timeoutMs: 5000,
    retries: 0,
    kind: 'write',
    accept: isAccessTokenDto,
  },
  createSupportTicket: {
    name: 'createSupportTicket',
    method: 'POST',
    path: '/api/v1/support-tickets/',
    // Up to 50 MB go up: time for the body, never a retry (a second ticket).
    timeoutMs: 120_000,
    retries: 0,
    kind: 'write',
    accept: isSupportTicketDto,
    userErrors: TICKET_INPUT_ERRORS,
  },
  retrieveSupportTicket: {
    name: 'retrieveSupportTicket',
    method: 'GET',
    path: '/api/v1/support-tickets/:ticketId/',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isSupportTicketDto,
  },
  attachTicketDocument: {
    name: 'attachTicketDocument',
    method: 'POST',
    path: '/api/v1/support-tickets/:ticketId/documents/',
    timeoutMs: 120_000,
    retries: 0,
    kind: 'write',
    accept: isSupportTicketDto,
    userErrors: ['tickets-bad_document_type', 'tickets-bad_extension', 'tickets-duplicate_voucher'],
  },
  merchantLogin: {
    name: 'merchantLogin',
    method: 'POST',
    path: '/api/v1/merchant/login/',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isMerchantLoginAnswer,
    // Seed 000: the token comes back as the BEARER_TOKEN cookie.
    responseHeaders: ['set-cookie'],
    userErrors: ['tickets-bad_credentials'],
  },
  merchantLogout: {
    name: 'merchantLogout',
    method: 'POST',
    path: '/api/v1/merchant/logout/',
    timeoutMs: 5000,
    retries: 0,
    kind: 'write',
    accept: anything,
  },
  switchMerchantContext: {
    name: 'switchMerchantContext',
    method: 'POST',
    path: '/api/v1/merchant/switch-context/',
    timeoutMs: 5000,
    retries: 0,
    kind: 'write',
    accept: isMerchantContextDto,
    userErrors: ['tickets-unknown_mid'],
  },
  getMerchantContext: {
    name: 'getMerchantContext',
    method: 'GET',
    path: '/api/v1/merchant/context/',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isMerchantContextDto,
  },
} as const satisfies Record<string, Endpoint<unknown>>;
