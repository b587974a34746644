import http from 'node:http';
import got, { type Got, type OptionsInit } from 'got';
import { exchange } from '../../src/datasources/rest/upstream-exchange.js';
import { TICKET_HEADER } from '../workloads.js';

/** GET /payments-service/billing_plans, the fields the workloads need. */
export interface UpstreamCatalogue {
  currency: string;
  list: UpstreamPlan[];
}

/** One catalogue plan; `description_list` is an object {label: value} on this endpoint. */
export interface UpstreamPlan {
  id: string;
  name: string;
  cost: number;
  description_list: Record<string, boolean | string>;
}

/** One record of GET …/transfer/history (and the answer of POST …/ethereum/transfer). */
export interface UpstreamTransfer {
  id: string;
  type?: string | null;
  status: string;
  coins?: string | null;
  address?: string;
  fee?: string;
}

/** GET /payments-service/withdrawal/account, the fields the workloads need. */
export interface UpstreamWithdrawalAccounts {
  accounts: Array<{ id: string; type: string }>;
  allowed_transfer_types?: string[];
}

/** One entry of POST /payments-service/transfer/get. */
export interface UpstreamModeratedTransfer {
  id: string;
}

/** POST /payments-service/transfer/limits, the fields the workloads need. */
export interface UpstreamReview {
  limits: { level: string };
  user: { email: string | null };
}

/** The payments-service calls the baseline contenders make, each forwarding the caller's ticket. */
export interface PaymentsClient {
  getBillingPlans(ticket: string): Promise<UpstreamCatalogue>;
  getCurrentBillingPlan(ticket: string): Promise<{ plan: string; card: { last4: string | null } | null }>;
  getBalance(ticket: string): Promise<{ total_coins: string }>;
  getWalletAddresses(ticket: string): Promise<{ list: Array<{ address: string }> }>;
  getWithdrawalAccounts(ticket: string): Promise<UpstreamWithdrawalAccounts>;
  getTransferHistory(ticket: string): Promise<{ history: UpstreamTransfer[] }>;
  getCoinPrice(ticket: string, currency: string): Promise<{ currency: string; value: number }>;
  getModeratedTransfers(ticket: string, limit: number): Promise<{ count: number; data: UpstreamModeratedTransfer[] }>;
  getTransferReview(ticket: string, id: string): Promise<UpstreamReview>;
  transferToEthereum(ticket: string, body: { address: string; coins: string; fee: string }): Promise<UpstreamTransfer>;
}

/** One whole coin in base units: coinPrice asks the price of this many. */
const ONE_COIN = '1000000000000000000';

/** How a contender reads through got: its promise interface as it comes, or the stream the gateway reads (upstream-exchange.ts). */
export type GotInterface = 'promise' | 'stream';

/**
 * A got client like the one a careful team would write: keep-alive agent
 * (got's default agent opens a connection per request), a timeout (got has
 * none by default) and no retries, so a failure shows up in the figures
 * instead of being hidden by a second attempt. With `stream`, the calls go
 * through got's stream interface as the gateway's do, which costs less CPU per
 * call than the promise interface: the floor must not pay what ours does not.
 */
export function createPaymentsClient(baseUrl: string, via: GotInterface = 'promise'): PaymentsClient {
  const client: Got = got.extend({
    prefixUrl: baseUrl,
    agent: { http: new http.Agent({ keepAlive: true, maxSockets: 256 }) },
    timeout: { request: 10_000 },
    retry: { limit: 0 },
    ...(via === 'stream' && { throwHttpErrors: false }),
  });
  const call = async <T>(path: string, options: OptionsInit): Promise<T> => {
    if (via === 'promise') return client(path, { ...options, isStream: false }).json<T>();
    const answer = await exchange(client, path, { ...options, isStream: true });
    if (answer.statusCode < 200 || answer.statusCode > 299) throw new Error(`${path} answered ${answer.statusCode}`);
    return JSON.parse(answer.body) as T;
  };
  const get = <T>(path: string, ticket: string, searchParams?: Record<string, string>): Promise<T> =>
    call<T>(path, { method: 'GET', headers: { [TICKET_HEADER]: ticket }, ...(searchParams ? { searchParams } : {}) });
  const post = <T>(path: string, ticket: string, json: unknown): Promise<T> =>
    call<T>(path, { method: 'POST', headers: { [TICKET_HEADER]: ticket }, json });
  return {
    getBillingPlans: (ticket) => get('payments-service/billing_plans', ticket),
    getCurrentBillingPlan: (ticket) => get('payments-service/participants/current/billing_plan', ticket),
    getBalance: (ticket) => get('payments-service/user/ethereum/balance', ticket),
    getWalletAddresses: (ticket) => get('user/ethereum/addresses', ticket),
    getWithdrawalAccounts: (ticket) => get('payments-service/withdrawal/account', ticket),
    getTransferHistory: (ticket) => get('payments-service/user/ethereum/transfer/history', ticket),
    getCoinPrice: (ticket, currency) => get('rewards/convert/coins', ticket, { coins: ONE_COIN, currency: currency.toLowerCase() }),
    // Note: the same body the gateway sends for `transfers(first:)` with its defaults.
    getModeratedTransfers: (ticket, limit) =>
      post('payments-service/transfer/get', ticket, { order_type: 'desc', order_by: 'ts', limit, offset: 0 }),
    getTransferReview: (ticket, id) => post('payments-service/transfer/limits', ticket, { id }),
    transferToEthereum: (ticket, body) => post('payments-service/user/ethereum/transfer', ticket, body),
  };
}
