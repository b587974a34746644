import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ParticipantBillingPlanResolver } from './resolvers/participant-billing-plan.resolver.js';
import { ParticipantResolver } from './resolvers/participant.resolver.js';
import { PlanResolver } from './resolvers/plan.resolver.js';

/** Every resolver class of the graph. */
export const resolvers = [PlanResolver, ParticipantResolver, ParticipantBillingPlanResolver] as const;

/** Builds the executable schema from the TypeGraphQL classes. */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  // Note: validation is our mappers' and scalars' job; class-validator is not used.
  return buildSchema({ resolvers: [...resolvers], validate: false });
}

/** The schema as committed in schema.graphql: sorted, so that diffs show real changes only. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
