import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * Refuses a subscription sent over HTTP as the client's mistake (400 BAD_REQUEST): it is
 * served over WebSocket. Note: Apollo Server would otherwise execute it as a query, which
 * a subscription field cannot answer, and the client got INTERNAL_SERVER_ERROR. Checked
 * on the operation picked, so a document that also holds a subscription still serves its
 * queries.
 */
export function httpSubscriptionsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation !== 'subscription') return;
          throw new GraphQLError('Subscriptions are served over WebSocket (graphql-transport-ws) on /graphql, not over HTTP.', {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        },
      };
    },
  };
}
