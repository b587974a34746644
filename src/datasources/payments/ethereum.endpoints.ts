import type { Endpoint } from '../rest/endpoint.js';
import { isBalanceDto } from './ethereum.guards.js';
import { isEthereumTransferDto, isTransferHistoryDto } from './transfers.guards.js';

/**
 * The payments service's user coin operations (seed 003, "User's coins transfers"): the
 * balance, the transfer history and ethereum transfers.
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
    timeoutMs: 30_000,
    retries: 0,
    kind: 'write',
    accept: isEthereumTransferDto,
    // Note: the seed lists no error ids for this endpoint; these are the simulator's, written for users.
    userErrors: ['payments-insufficient_funds', 'payments-bad_fee', 'payments-bad_address', 'payments-bad_coins'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
