import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { MerchantResolver } from './resolvers/merchant.resolver.js';
import { ParticipantBillingPlanResolver } from './resolvers/participant-billing-plan.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { PlanResolver } from './resolvers/plan.resolver.js';
import { SupportTicketResolver } from './resolvers/support-ticket.resolver.js';
import { TicketSubscriptionResolver } from './resolvers/ticket-subscription.resolver.js';

/** Every resolver class of the graph. */
export const resolvers = [
  PlanResolver,
  ParticipantResolver,
  ParticipantBillingPlanResolver,
  SupportTicketResolver,
  MerchantResolver,
  TicketSubscriptionResolver,
] as const;

/**
 * Note: every subscription here follows its changes through the context (`subscribe:`),
 * yet type-graphql refuses to build a schema with subscriptions and no pubSub: this one
 * fails loudly should a topic-based subscription ever be declared.
 */
const noTopicPubSub = {
  publish: (): never => {
    throw new Error('publish through ctx.pubsub');
  },
  subscribe: (): never => {
    throw new Error('declare subscriptions with subscribe:, following ctx.pubsub');
  },
};

/** Builds the executable schema from the TypeGraphQL classes. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Note: validation is our mappers' and scalars' job; class-validator is not used.
  return buildSchema({ resolvers: [...resolvers], validate: false, pubSub: noTopicPubSub });
}

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
