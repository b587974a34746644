/**
 * The benchmark's workloads (issue 11, W1–W6): the exact POST bodies every
 * contender is sent, and the answer each must give. Expected data is written
 * out from the seed (bench/expected/), or, for W6, follows from the transfers
 * the bench itself made (bench/upstream-prepare.ts); never from a contender.
 */
import { randomUUID } from 'node:crypto';
import type { LoadSpec } from './load-spec.js';
import { expectedPlanCosts, expectedPlans } from './expected/catalogue.js';
import { expectedModeratedItems } from './expected/moderation.js';
import * as user from './expected/user.js';

/** A workload: one GraphQL operation sent over and over by autocannon. */
export interface Workload {
  name: string;
  query: string;
  /** The session ticket it is sent with. */
  ticket: string;
  /** The `data` a correct response carries (and no `errors`). */
  expected: unknown;
  /** Why this workload is interesting, for the report. */
  note: string;
  /** `main` runs in every round; `scale` (W6) and `latency` (W2-single) in fewer, at the main latency only (settings). */
  group: 'main' | 'scale' | 'latency';
  /** A variable that gets a fresh UUID on every request (W5's idempotency key). */
  freshVariable?: string;
  /** Tickets the load rotates over, request by request (W5: one wallet's coins last about 1950 transfers). */
  rotateTickets?: string[];
  /** It changes the simulator's state: reset after the warm-up, and the prepared state made again after the run. */
  mutates?: boolean;
  /** W6: the N of `transfers(first: N)`. */
  items?: number;
  /** Connections it runs on (absent: the bench's, 50). */
  connections?: number;
  /** Who runs it (absent: every contender). */
  contenders?: readonly string[];
}

/** The header the gateway (and the upstream) takes the session ticket from. */
export const TICKET_HEADER = 'authenticateit_identity_ticket';

/** demo-user's own wallet address (seed 003): where W5 and the W6 preparation send coins. */
export const WALLET_ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
/** The smallest fee the seed's balance allows (`coins_fee.min`). */
export const MIN_FEE = '1000000000000000000';
/** W6's caller: its history is the seed's 9 records under SCALE_TRANSFERS the bench made (coins 1…SCALE_TRANSFERS). */
export const SCALE_TICKET = 'demo-participant';
export const SCALE_TRANSFERS = 100;

const w1: Workload = {
  name: 'W1',
  query: '{ plans { id name cost currency features { label included detail } } }',
  ticket: 'demo-participant',
  expected: { plans: expectedPlans },
  note: 'plans, warm shared cache',
  group: 'main',
};

const w2: Workload = {
  name: 'W2',
  query:
    '{ me { balance { totalCoins } walletAddresses { address } withdrawalAccounts { allowedTransferTypes accounts { id kind } } ' +
    'transfers(first: 5) { edges { node { id kind status } } } } plans { id cost } coinPrice(currency: "AUD") { currency perCoin } }',
  ticket: 'demo-user',
  expected: {
    me: {
      balance: user.expectedBalance,
      walletAddresses: user.expectedAddresses,
      withdrawalAccounts: user.expectedWithdrawalAccounts,
      transfers: user.expectedFirstFive,
    },
    plans: expectedPlanCosts,
    coinPrice: user.expectedCoinPrice,
  },
  note: 'home screen: 4 user endpoints + plans + coin price',
  group: 'main',
};

/**
 * W2 one at a time: at 50 connections, each sending again as soon as it is answered, p50 is
 * about 50 / throughput (queueing), so W2's p50 only restates its req/s. On one connection
 * nothing waits for anything else, and p50 is what one home screen takes. Note: autocannon's
 * own rate limit sends each connection's share at the top of every second, all connections
 * at once, which measures bursts, not a steady rate.
 */
const w2Single: Workload = {
  ...w2,
  name: 'W2-single',
  note: 'home screen, one request at a time (latency, not throughput)',
  connections: 1,
  contenders: ['ours', 'limit'],
  group: 'latency',
};

// Note: `review` is selected twice (under an alias), as two components of one
// screen would: the target is items + 1 calls whatever the number of selections.
const w3: Workload = {
  name: 'W3',
  query: '{ moderation { transfers(first: 10) { items { id review { limits { level } } audit: review { user { email } } } } } }',
  ticket: 'demo-system',
  expected: { moderation: { transfers: { items: expectedModeratedItems } } },
  note: 'moderation list + a review per item, selected twice',
  group: 'main',
};

const w4: Workload = {
  name: 'W4',
  query: '{ me { transfers(first: 20, filter: "kind:cashout OR status:pending") { edges { node { id kind status } } } } }',
  ticket: 'demo-user',
  expected: { me: { transfers: user.expectedCashoutOrPending } },
  note: 'filtered history',
  group: 'main',
};

const w5: Workload = {
  name: 'W5',
  query:
    'mutation Transfer($key: String) { transferToEthereum(input: { address: "' +
    WALLET_ADDRESS +
    `", coins: "1", fee: "${MIN_FEE}", idempotencyKey: $key }) { address coins fee status kind } }`,
  ticket: 'demo-user',
  expected: { transferToEthereum: { address: WALLET_ADDRESS, coins: '1', fee: MIN_FEE, status: 'PENDING', kind: 'ETHEREUM' } },
  note: 'transferToEthereum, fresh idempotency key (limit: none)',
  group: 'main',
  freshVariable: 'key',
  rotateTickets: ['demo-user', 'demo-participant', 'demo-system'],
  mutates: true,
};

function scale(n: number): Workload {
  const shown = Math.min(n, SCALE_TRANSFERS);
  return {
    name: `W6-${n}`,
    query: `{ me { transfers(first: ${n}) { edges { node { kind status coins } } } } }`,
    ticket: SCALE_TICKET,
    // Newest first: the bench made coins 1, 2, … SCALE_TRANSFERS in that order.
    expected: {
      me: { transfers: { edges: Array.from({ length: shown }, (_, i) => ({ node: { kind: 'ETHEREUM', status: 'PENDING', coins: String(SCALE_TRANSFERS - i) } })) } },
    },
    note: `scale curve, N = ${n}`,
    group: 'scale',
    items: n,
  };
}

/** All workloads, in their report order. */
export const WORKLOADS: readonly Workload[] = [w1, w2, w2Single, w3, w4, w5, scale(10), scale(50), scale(100)];

/** Whether a contender runs a workload. */
export function runsWorkload(contender: string, workload: Workload): boolean {
  return workload.contenders === undefined || workload.contenders.includes(contender);
}

/** The JSON request body for a workload, byte for byte the same for every contender (a fresh key where it asks for one). */
export function requestBody(workload: Workload): string {
  const variables = workload.freshVariable ? { [workload.freshVariable]: randomUUID() } : undefined;
  return JSON.stringify(variables ? { query: workload.query, variables } : { query: workload.query });
}

/** The request headers of a workload. */
export function requestHeaders(workload: Workload, ticket = workload.ticket): Record<string, string> {
  return { 'content-type': 'application/json', [TICKET_HEADER]: ticket };
}

/** What each request of a workload carries, as the load worker sends it (W5: a fresh key each time, the tickets in turn). */
export function workloadRequests(workload: Workload): Pick<LoadSpec, 'body' | 'headers' | 'fresh' | 'rotateTickets'> {
  return {
    body: requestBody(workload),
    headers: requestHeaders(workload),
    ...(workload.freshVariable ? { fresh: { query: workload.query, variable: workload.freshVariable } } : {}),
    ...(workload.rotateTickets ? { rotateTickets: { header: TICKET_HEADER, tickets: workload.rotateTickets } } : {}),
  };
}
