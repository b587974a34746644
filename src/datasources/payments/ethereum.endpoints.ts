import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isBalanceDto, isDepositAddressDto, isWalletAddressListDto } from './ethereum.guards.js';
import { isEthereumTransferDto, isTransferHistoryDto } from './transfers.guards.js';

/** The refusals of the approve/reject links that tell the moderator what happened. */
const DECISION_ERRORS = ['payments-transfer_not_found', 'payments-transfer_not_pending'];

/**
 * The payments service's user coin operations (seed 003, "User's coins transfers"): the
 * balance, the transfer history, ethereum transfers and their approve/reject links, the
 * user's own addresses and deposit address. Paths are exact: the `/user/ethereum/...`
 * ones of addresses, deposit and the links carry no `/payments-service` prefix.
 */
export const EthereumEndpoints = {
  getBalance: {
    name: 'getBalance',
    method: 'GET',
    path: '/payments-service/user/ethereum/balance',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
    accept: isBalanceDto,
  },
  getTransferHistory: {
    name: 'getTransferHistory',
    method: 'GET',
    path: '/payments-service/user/ethereum/transfer/history',
    timeoutMs: 10_000,
    retries: 1,
    kind: 'read',
    accept: isTransferHistoryDto,
  },
  transferCoins: {
    name: 'transferCoins',
    method: 'POST',
    path: '/payments-service/user/ethereum/transfer',
    // Moves coins: give the upstream time rather than fail a transfer that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isEthereumTransferDto,
    // Note: the seed lists no error ids for this endpoint; these are the simulator's, written for users.
    userErrors: ['payments-insufficient_funds', 'payments-bad_fee', 'payments-bad_address', 'payments-bad_coins'],
  },
  approveEthereumTransfer: {
    name: 'approveEthereumTransfer',
    // A GET that decides a transfer (a moderator's link): a write, never memoised, never retried.
    method: 'GET',
    path: '/user/ethereum/transfer/:code/approve',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    // The seed shows no answer.
    accept: anything,
    userErrors: DECISION_ERRORS,
  },
  rejectEthereumTransfer: {
    name: 'rejectEthereumTransfer',
    method: 'GET',
    path: '/user/ethereum/transfer/:code/reject',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: anything,
    userErrors: DECISION_ERRORS,
  },
  getWalletAddresses: { name: 'getWalletAddresses', method: 'GET', path: '/user/ethereum/addresses', timeoutMs: 5000, retries: 1, kind: 'read', accept: isWalletAddressListDto },
  addWalletAddress: {
    name: 'addWalletAddress',
    method: 'POST',
    path: '/user/ethereum/addresses',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isWalletAddressListDto,
    userErrors: ['payments-bad_address', 'payments-bad_description'],
  },
  removeWalletAddresses: {
    name: 'removeWalletAddresses',
    method: 'PUT',
    path: '/user/ethereum/addresses/remove',
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    accept: isWalletAddressListDto,
    userErrors: ['payments-bad_address'],
  },
  getDepositAddress: { name: 'getDepositAddress', method: 'GET', path: '/user/ethereum/deposit', timeoutMs: 5000, retries: 1, kind: 'read', accept: isDepositAddressDto },
} as const satisfies Record<string, Endpoint<unknown>>;
