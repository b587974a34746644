import 'reflect-metadata';
import { isAbstractType, lexicographicSortSchema, printSchema, type GraphQLSchema, type GraphQLTypeResolver } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { CashoutAccountResolver } from './resolvers/cashout-account.resolver.js';
import { CashoutResolver } from './resolvers/cashout.resolver.js';
import { CoinPriceResolver } from './resolvers/coin-price.resolver.js';
import { CoinbaseResolver } from './resolvers/coinbase.resolver.js';
import { ContractResolver } from './resolvers/contract.resolver.js';
import { MerchantResolver } from './resolvers/merchant.resolver.js';
import { EthereumTransferResolver } from './resolvers/ethereum-transfer.resolver.js';
import { ModeratedTransferResolver } from './resolvers/moderated-transfer.resolver.js';
import { ModerationResolver } from './resolvers/moderation.resolver.js';
import { NotificationEmailResolver } from './resolvers/notification-email.resolver.js';
import { ParticipantBillingPlanResolver } from './resolvers/participant-billing-plan.resolver.js';
import { ParticipantEthereumResolver } from './resolvers/participant-ethereum.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { PaymentCardResolver } from './resolvers/payment-card.resolver.js';
import { PlanResolver } from './resolvers/plan.resolver.js';
import { PoloniexResolver } from './resolvers/poloniex.resolver.js';
import { PromoCodeResolver } from './resolvers/promo-code.resolver.js';
import { RateCardResolver } from './resolvers/rate-card.resolver.js';
import { RetailLevelResolver } from './resolvers/retail-level.resolver.js';
import { RetailSessionResolver } from './resolvers/retail-session.resolver.js';
import { RetailSubscriptionResolver } from './resolvers/retail-subscription.resolver.js';
import { SupportTicketResolver } from './resolvers/support-ticket.resolver.js';
import { TicketSubscriptionResolver } from './resolvers/ticket-subscription.resolver.js';
import { TopUpResolver } from './resolvers/topup.resolver.js';
import { TransferApprovalResolver } from './resolvers/transfer-approval.resolver.js';
import { UserTransfersResolver } from './resolvers/user-transfers.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { WalletAddressResolver } from './resolvers/wallet-address.resolver.js';
import { WithdrawalResolver } from './resolvers/withdrawal.resolver.js';
import { transferTypeName } from './types/transfer.interface.js';
import { transferTypes } from './types/transfer-types.js';
import { withdrawalAccountTypeName } from './types/withdrawal-account.interface.js';
import { withdrawalAccountTypes } from './types/withdrawal-account-types.js';

/** Every resolver class of the graph, by domain. */
export const resolvers = [
  // The plan catalogue and the participant's billing plan.
  PlanResolver,
  ParticipantResolver,
  ParticipantBillingPlanResolver,
  // Participants: billing beside the plan, Ethereum account, top-ups, promo codes, rate cards.
  PaymentCardResolver,
  NotificationEmailResolver,
  ContractResolver,
  ParticipantEthereumResolver,
  TopUpResolver,
  PromoCodeResolver,
  RateCardResolver,
  // The app user: coins and transfers.
  UserResolver,
  UserTransfersResolver,
  EthereumTransferResolver,
  WalletAddressResolver,
  TransferApprovalResolver,
  CoinPriceResolver,
  CashoutAccountResolver,
  CashoutResolver,
  CoinbaseResolver,
  PoloniexResolver,
  WithdrawalResolver,
  // Transfer moderation (system participant).
  ModerationResolver,
  ModeratedTransferResolver,
  // Retail connect.
  RetailLevelResolver,
  RetailSessionResolver,
  RetailSubscriptionResolver,
  // Support tickets and the merchant panel.
  SupportTicketResolver,
  MerchantResolver,
  TicketSubscriptionResolver,
] as const;

/**
 * Note: every subscription brings its own `subscribe`, which follows `ctx.pubsub` (the
 * deployment's engine, built per runtime, after the schema); type-graphql still insists
 * on a pub/sub of its own, so it gets one that refuses to be used.
 */
const unusedPubSub: PubSub = {
  publish: () => {
    throw new Error('publish through ctx.pubsub');
  },
  subscribe: () => {
    throw new Error("subscribe through ctx.pubsub in the subscription's own `subscribe`");
  },
};

/** Builds the executable schema from the TypeGraphQL classes; interface implementations are listed so that every one is in it. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Note: validation is our mappers' and scalars' job; class-validator is not used. Every
  // @ObjectType says `simpleResolvers: true`: otherwise TypeGraphQL wraps each plain field in
  // a resolver of its own (an object and a middleware pass per field per item), and no
  // field here has middleware (test/unit/simple-resolvers.test.ts keeps it so).
  const schema = await buildSchema({
    resolvers: [...resolvers],
    orphanedTypes: [...transferTypes, ...withdrawalAccountTypes],
    validate: false,
    pubSub: unusedPubSub,
  });
  useSyncTypeResolvers(schema);
  return schema;
}

/**
 * How each interface's values tell their graph type, decided synchronously from the value.
 * Note: TypeGraphQL wraps an interface's `resolveType` in an async function, so graphql-js
 * waits a promise (a microtask and two allocations) for every transfer of a list: for
 * 100 transfers that was most of the per-item cost of a page (bench W6).
 */
const SYNC_TYPE_RESOLVERS: Readonly<Record<string, GraphQLTypeResolver<never, unknown>>> = {
  Transfer: transferTypeName,
  WithdrawalAccount: withdrawalAccountTypeName,
};

/** Note: an abstract type without an entry stops the start; compiled execution needs a name, not a promise of one. */
function useSyncTypeResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    const resolveType = SYNC_TYPE_RESOLVERS[type.name];
    if (!resolveType) throw new Error(`${type.name} has no synchronous type resolver in SYNC_TYPE_RESOLVERS (src/schema.ts)`);
    type.resolveType = resolveType as GraphQLTypeResolver<unknown, unknown>;
  }
}

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
