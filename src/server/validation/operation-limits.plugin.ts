import type { ApolloServerPlugin } from '@apollo/server';
import { checkOperationLimits, type OperationLimits } from './operation-limits.js';

/**
 * The operation limits over HTTP: checked once Apollo has parsed, validated and picked
 * the operation, with its variables (a `first: $n` is weighed by the value of `$n`), and
 * before any resolver runs.
 */
export function operationLimitsPlugin<TContext extends object>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const [refused] = checkOperationLimits(schema, document, request.operationName, request.variables, limits);
          if (refused) throw refused;
        },
      };
    },
  };
}
