import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { checkOperationLimits, type OperationLimits } from './operation-limits.js';

/**
 * The operation limits for HTTP operations, checked once the document is parsed, validated
 * and its operation picked, with its variables (a `first: $n` is weighed by the value of
 * `$n`), and before any resolver runs. Note: Apollo hands every request of one query text
 * the same parsed document, so an operation without variables that passed is not measured
 * again (its measure cannot change); one with variables is measured every time.
 */
export class OperationLimitsGate {
  private readonly passed = new WeakMap<DocumentNode, Set<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly limits: OperationLimits,
  ) {}

  /** The first limit the operation breaks, if any. */
  refusal(document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>> | null | undefined): GraphQLError | undefined {
    const constant = variables === undefined || variables === null || Object.keys(variables).length === 0;
    const name = operationName ?? '';
    if (constant && this.passed.get(document)?.has(name)) return undefined;
    const [refused] = checkOperationLimits(this.schema, document, operationName, variables, this.limits);
    if (refused || !constant) return refused;
    const names = this.passed.get(document) ?? new Set<string>();
    this.passed.set(document, names.add(name));
    return undefined;
  }
}

/** The limits as an Apollo plugin: a refused operation is answered 400 BAD_USER_INPUT and never runs. */
export function operationLimitsPlugin<TContext extends object>(gate: OperationLimitsGate): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const refused = gate.refusal(document, request.operationName, request.variables);
          if (refused) throw refused;
        },
      };
    },
  };
}
