/**
 * The schema and resolvers the two Apollo baselines share (standard and naive):
 * an SDL with just what the workloads select, and resolvers that read through
 * `ctx.reads`. The baselines differ only in what `reads` is: per-request
 * DataLoaders (standard) or a got call every time a field asks (naive).
 */
import type { PlanView } from './mapping.js';
import type { UpstreamModeratedTransfer, UpstreamReview, UpstreamTransfer, UpstreamWithdrawalAccounts } from './upstream.js';
import { matchesFilter, toEthereumTransfer, toKind, toWithdrawalAccounts } from './user-mapping.js';

export const typeDefs = /* GraphQL */ `
  type Query {
    plans: [Plan!]
    me: User!
    coinPrice(currency: String!): CoinPrice
    moderation: Moderation!
  }
  type Mutation {
    transferToEthereum(input: EthereumTransferInput!): EthereumTransfer!
  }
  type Plan { id: ID! name: String! cost: String! currency: String! features: [PlanFeature!]! }
  type PlanFeature { label: String! included: Boolean! detail: String }
  type User {
    balance: CoinBalance
    walletAddresses: [WalletAddress!]
    withdrawalAccounts: WithdrawalAccounts
    transfers(first: Int = 10, filter: String): TransferConnection
  }
  type CoinBalance { totalCoins: String! }
  type WalletAddress { address: String! }
  type WithdrawalAccounts { allowedTransferTypes: [String!]! accounts: [WithdrawalAccount!]! }
  type WithdrawalAccount { id: ID! kind: String! }
  type TransferConnection { edges: [TransferEdge!]! }
  type TransferEdge { node: Transfer! }
  type Transfer { id: ID! kind: String! status: String! coins: String }
  type CoinPrice { currency: String! perCoin: Float! }
  type Moderation { transfers(first: Int = 10): ModeratedTransferPage }
  type ModeratedTransferPage { items: [ModeratedTransfer!]! }
  type ModeratedTransfer { id: ID! review: TransferReview }
  type TransferReview { limits: ReviewLimits! user: ModeratedUser! }
  type ReviewLimits { level: String! }
  type ModeratedUser { email: String }
  input EthereumTransferInput { address: String! coins: String! fee: String! idempotencyKey: String }
  type EthereumTransfer { address: String! coins: String fee: String status: String! kind: String! }
`;

/** The upstream reads (and the one write) behind the schema, bound to one caller. */
export interface Reads {
  catalogue(): Promise<PlanView[]>;
  balance(): Promise<{ total_coins: string }>;
  addresses(): Promise<{ list: Array<{ address: string }> }>;
  accounts(): Promise<UpstreamWithdrawalAccounts>;
  history(): Promise<{ history: UpstreamTransfer[] }>;
  coinPrice(currency: string): Promise<{ currency: string; value: number }>;
  moderated(limit: number): Promise<{ data: UpstreamModeratedTransfer[] }>;
  review(id: string): Promise<UpstreamReview>;
  transfer(input: { address: string; coins: string; fee: string }): Promise<UpstreamTransfer>;
}

/** What every resolver gets. */
export interface GraphContext {
  reads: Reads;
}

type Ctx = GraphContext;
const none = (): Record<string, never> => ({});

export const resolvers = {
  Query: {
    plans: (_: unknown, __: unknown, ctx: Ctx) => ctx.reads.catalogue(),
    me: none,
    moderation: none,
    coinPrice: async (_: unknown, args: { currency: string }, ctx: Ctx) => {
      const price = await ctx.reads.coinPrice(args.currency);
      return { currency: price.currency.toUpperCase(), perCoin: price.value };
    },
  },
  Mutation: {
    transferToEthereum: async (_: unknown, args: { input: { address: string; coins: string; fee: string } }, ctx: Ctx) =>
      toEthereumTransfer(await ctx.reads.transfer({ address: args.input.address, coins: args.input.coins, fee: args.input.fee })),
  },
  User: {
    balance: async (_: unknown, __: unknown, ctx: Ctx) => ({ totalCoins: (await ctx.reads.balance()).total_coins }),
    walletAddresses: async (_: unknown, __: unknown, ctx: Ctx) => (await ctx.reads.addresses()).list,
    withdrawalAccounts: async (_: unknown, __: unknown, ctx: Ctx) => toWithdrawalAccounts(await ctx.reads.accounts()),
    transfers: async (_: unknown, args: { first: number; filter?: string | null }, ctx: Ctx) => {
      const { history } = await ctx.reads.history();
      const { filter } = args;
      const matches = filter ? history.filter((r) => matchesFilter(filter, r)) : history;
      return { edges: matches.slice(0, args.first).map((node) => ({ node })) };
    },
  },
  Transfer: {
    kind: (r: UpstreamTransfer) => toKind(r.type),
    status: (r: UpstreamTransfer) => r.status.toUpperCase(),
  },
  Moderation: {
    transfers: async (_: unknown, args: { first: number }, ctx: Ctx) => ({
      items: (await ctx.reads.moderated(args.first)).data.slice(0, args.first),
    }),
  },
  ModeratedTransfer: {
    review: (item: UpstreamModeratedTransfer, _: unknown, ctx: Ctx) => ctx.reads.review(item.id),
  },
};
