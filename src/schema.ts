import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ContractResolver } from './resolvers/contract.resolver.js';
import { NotificationEmailResolver } from './resolvers/notification-email.resolver.js';
import { ParticipantBillingPlanResolver } from './resolvers/participant-billing-plan.resolver.js';
import { ParticipantEthereumResolver } from './resolvers/participant-ethereum.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { PaymentCardResolver } from './resolvers/payment-card.resolver.js';
import { PlanResolver } from './resolvers/plan.resolver.js';
import { PromoCodeResolver } from './resolvers/promo-code.resolver.js';
import { RateCardResolver } from './resolvers/rate-card.resolver.js';
import { TopUpResolver } from './resolvers/topup.resolver.js';

/** Every resolver class of the graph. */
export const resolvers = [
  PlanResolver,
  ParticipantResolver,
  ParticipantBillingPlanResolver,
  // Participants: billing beside the plan, Ethereum account, top-ups, promo codes, rate cards (issue 6).
  PaymentCardResolver,
  NotificationEmailResolver,
  ContractResolver,
  ParticipantEthereumResolver,
  TopUpResolver,
  PromoCodeResolver,
  RateCardResolver,
] as const;

/** Builds the executable schema from the TypeGraphQL classes. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Note: validation is our mappers' and scalars' job; class-validator is not used.
  return buildSchema({ resolvers: [...resolvers], validate: false });
}

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
