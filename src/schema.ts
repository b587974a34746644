import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { EthereumTransferResolver } from './resolvers/ethereum-transfer.resolver.js';
import { ParticipantBillingPlanResolver } from './resolvers/participant-billing-plan.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { PlanResolver } from './resolvers/plan.resolver.js';
import { UserTransfersResolver } from './resolvers/user-transfers.resolver.js';
import { UserResolver } from './resolvers/user.resolver.js';
import { transferTypes } from './types/transfer-types.js';
import { withdrawalAccountTypes } from './types/withdrawal-account-types.js';

/** Every resolver class of the graph. */
export const resolvers = [
  PlanResolver,
  ParticipantResolver,
  ParticipantBillingPlanResolver,
  UserResolver,
  UserTransfersResolver,
  EthereumTransferResolver,
] as const;

/** Builds the executable schema from the TypeGraphQL classes; interface implementations are listed so that every one is in it. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Note: validation is our mappers' and scalars' job; class-validator is not used.
  return buildSchema({ resolvers: [...resolvers], orphanedTypes: [...transferTypes, ...withdrawalAccountTypes], validate: false });
}

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
