import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { checkOperationLimits, type OperationLimits } from './operation-limits.js';

/**
 * The operation limits over HTTP: checked once Apollo has parsed, validated and picked
 * the operation, with its variables (a `first: $n` is weighed by the value of `$n`), and
 * before any resolver runs. Note: Apollo hands every request of one query text the same
 * parsed document, so an operation without variables that passed is not measured again
 * (its measure cannot change); one with variables is measured every time.
 */
export function operationLimitsPlugin<TContext extends object>(limits: OperationLimits): ApolloServerPlugin<TContext> {
  const passed = new WeakMap<DocumentNode, Set<string>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const constant = request.variables === undefined || Object.keys(request.variables).length === 0;
          const name = request.operationName ?? '';
          if (constant && passed.get(document)?.has(name)) return;
          const [refused] = checkOperationLimits(schema, document, request.operationName, request.variables, limits);
          if (refused) throw refused;
          if (!constant) return;
          const names = passed.get(document) ?? new Set<string>();
          passed.set(document, names.add(name));
        },
      };
    },
  };
}
