import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import {
  isDepositSettingsDto,
  isEmailListDto,
  isEthereumAccountDto,
  isPaymentHistoryDto,
  isPromoCodeDto,
} from './participant.guards.js';

/**
 * The payments service's participant operations beside the plan itself (seed 003): the
 * payment card, payment history, notification emails, contract termination, the
 * participant's Ethereum account and deposit, and promo codes. Paths are exact: the
 * `/participants/...` ones carry no `/payments-service` prefix.
 */
export const ParticipantEndpoints = {
  setUserCard: {
    name: 'setUserCard',
    method: 'PUT',
    path: '/payments-service/user/card/:token',
    // The provider checks the card: give it time rather than fail a card that was accepted.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: ['payments-card_declined', 'payments-bad_card_token'],
  },
  deleteUserCard: {
    name: 'deleteUserCard',
    method: 'DELETE',
    path: '/payments-service/user/card',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: ['payments-card_required', 'payments-card_not_found'],
  },
  getPaymentHistory: { name: 'getPaymentHistory', method: 'GET', path: '/payments-service/participants/current/payment_history', timeoutMs: 5000, retries: 1, kind: 'read', accept: isPaymentHistoryDto },
  addNotificationEmail: {
    name: 'addNotificationEmail',
    method: 'PUT',
    path: '/payments-service/participants/notifications/email',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isEmailListDto,
    userErrors: ['payments-bad_email', 'payments-user_not_found'],
  },
  deleteNotificationEmail: {
    name: 'deleteNotificationEmail',
    method: 'POST',
    path: '/payments-service/participants/notifications/delete_email',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isEmailListDto,
    userErrors: ['payments-bad_email', 'payments-email_not_found'],
  },
  terminateContract: {
    name: 'terminateContract',
    // A GET that ends a contract: a write, never memoised, never retried.
    method: 'GET',
    path: '/participants/:id/contract/terminate',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    // The seed shows no answer; the plan is read back.
    accept: anything,
    userErrors: ['payments-contract_terminated', 'payments-terminate_unavailable'],
  },
  getEthereumAccount: { name: 'getEthereumAccount', method: 'GET', path: '/payments-service/participants/current/ethereum', timeoutMs: 5000, retries: 1, kind: 'read', accept: isEthereumAccountDto },
  updateEthereumAccount: {
    name: 'updateEthereumAccount',
    method: 'PUT',
    path: '/payments-service/participants/current/ethereum',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isEthereumAccountDto,
    // Refused while reward campaigns are active: the upstream's message says so to the user.
    userErrors: ['payments-active_reward_campaigns', 'payments-bad_address'],
  },
  getDepositSettings: { name: 'getDepositSettings', method: 'GET', path: '/payments-service/participants/deposit/ethereum', timeoutMs: 5000, retries: 1, kind: 'read', accept: isDepositSettingsDto },
  // Note: the seed lists `code` under "body"; a GET carries it in the query (as it does the history's format=v2).
  checkPromoCode: { name: 'checkPromoCode', method: 'GET', path: '/participants/promo_code/check', timeoutMs: 5000, retries: 1, kind: 'read', accept: isPromoCodeDto },
} as const satisfies Record<string, Endpoint<unknown>>;
