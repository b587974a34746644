import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { RecentMap } from '../../lib/recent-map.js';

/** An operation Apollo has parsed, validated, picked and let past the limits. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** Operations kept at most (the compiled ones are bounded the same way: jit-executor.ts). */
export const MAX_PREPARED_OPERATIONS = 200;
/**
 * The longest query text kept. Note: the text is the key, so 200 of them cost at most 3 MB;
 * an app's everyday operations are far shorter (the home screen: 300 characters).
 */
export const MAX_PREPARED_TEXT = 16 * 1024;

/**
 * The operations Apollo's pipeline has let through to execution, by query text and
 * operation name: what the fast lane may run without that pipeline. Note: whether a
 * document parses, validates and picks an operation depends on its text and name alone (the
 * schema and the validation rules never change while the process runs); the limits also
 * weigh the variables, so the fast lane checks those again for each request that has some.
 */
export class PreparedOperations {
  // Note: by the name as sent, null for none: '' is a name no operation has, not "the only one".
  private readonly byText = new RecentMap<string, Map<string | null, PreparedOperation>>(MAX_PREPARED_OPERATIONS);

  find(query: string, operationName: string | null | undefined): PreparedOperation | undefined {
    return this.byText.get(query)?.get(operationName ?? null);
  }

  record(query: string, operationName: string | null | undefined, prepared: PreparedOperation): void {
    if (query.length > MAX_PREPARED_TEXT) return;
    const byName = this.byText.get(query) ?? new Map<string | null, PreparedOperation>();
    byName.set(operationName ?? null, prepared);
    this.byText.set(query, byName);
  }

  /**
   * Records every operation that reaches execution over HTTP: by then Apollo has parsed,
   * validated and picked it, and every plugin's didResolveOperation (the limits) let it pass.
   */
  plugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        executionDidStart: async ({ request, document, operation }) => {
          if (request.query !== undefined && operation) this.record(request.query, request.operationName, { document, operation });
        },
      }),
    };
  }
}
