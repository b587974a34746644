import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isApprovalOptionsDto, isModeratedTransferPageDto } from './moderation.guards.js';
import { isTransferReviewDto } from './transfer-review.guards.js';

/** Refusals of a moderation decision that tell the moderator what happened (the simulator's ids; the seed shows none). */
const DECISION_USER_ERRORS = ['payments-transfer_not_pending', 'payments-transfer_not_found'];

/** Reads of the moderation settings: both providers alike. */
const readOptions = { timeoutMs: 5000, retries: 1, kind: 'read', accept: isApprovalOptionsDto } as const;
/** Writes of the moderation settings. */
const writeOptions = { timeoutMs: 10_000, retries: 0, kind: 'write', accept: isApprovalOptionsDto, userErrors: ['payments-bad_manual_approve'] } as const;

/**
 * The payments service's transfer moderation (seed 003 "Coinbase/Poloniex transfers
 * validation"): system participant only, the upstream answers 403 to anyone else. Note:
 * the list and the review are POSTs that change nothing: reads, memoised by their body.
 */
export const ModerationEndpoints = {
  getCoinbaseOptions: { name: 'getCoinbaseOptions', method: 'GET', path: '/payments-service/coinbase/options', ...readOptions },
  setCoinbaseOptions: { name: 'setCoinbaseOptions', method: 'POST', path: '/payments-service/coinbase/options', ...writeOptions },
  getPoloniexOptions: { name: 'getPoloniexOptions', method: 'GET', path: '/payments-service/poloniex/options', ...readOptions },
  setPoloniexOptions: { name: 'setPoloniexOptions', method: 'POST', path: '/payments-service/poloniex/options', ...writeOptions },
  getModeratedTransfers: {
    name: 'getModeratedTransfers',
    method: 'POST',
    path: '/payments-service/transfer/get',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isModeratedTransferPageDto,
    userErrors: ['payments-bad_filter'],
  },
  approveTransfer: {
    name: 'approveTransfer',
    method: 'POST',
    path: '/payments-service/transfer/approve',
    // Approving sends the coins on: give the upstream time rather than fail a decision that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: DECISION_USER_ERRORS,
  },
  rejectTransfer: {
    name: 'rejectTransfer',
    method: 'POST',
    path: '/payments-service/transfer/reject',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: DECISION_USER_ERRORS,
  },
  getTransferLimits: {
    name: 'getTransferLimits',
    method: 'POST',
    path: '/payments-service/transfer/limits',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isTransferReviewDto,
  },
} as const satisfies Record<string, Endpoint<unknown>>;
