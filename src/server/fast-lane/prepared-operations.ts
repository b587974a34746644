import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import { RecentMap } from '../../lib/recent-map.js';

/** An operation Apollo has parsed, validated, picked and let past the limits. */
export interface PreparedOperation {
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** A document's prepared operations, by the name as sent, null for none: '' is a name no operation has, not "the only one". */
type ByName = Map<string | null, PreparedOperation>;

/** Operations kept at most, by text and by hash each (the compiled ones are bounded the same way: jit-executor.ts). */
export const MAX_PREPARED_OPERATIONS = 200;
/**
 * The longest query text kept. Note: the text is the key, so 200 of them cost at most 3 MB;
 * an app's everyday operations are far shorter (the home screen: 300 characters).
 */
export const MAX_PREPARED_TEXT = 16 * 1024;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * The operations Apollo's pipeline has let through to execution, by query text and
 * operation name, and by the APQ hash they were sent with: what the fast lane may run
 * without that pipeline. Note: whether a document parses, validates and picks an operation
 * depends on its text and name alone (the schema and the validation rules never change
 * while the process runs); the limits also weigh the variables, so the fast lane checks
 * those again for each request. A hash is kept only as Apollo resolved it: the text it
 * found for it (APQ store or manifest), or the text it checked it against.
 */
export class PreparedOperations {
  private readonly byText = new RecentMap<string, ByName>(MAX_PREPARED_OPERATIONS);
  private readonly byHash = new RecentMap<string, ByName>(MAX_PREPARED_OPERATIONS);

  find(query: string, operationName: string | null | undefined): PreparedOperation | undefined {
    return this.byText.get(query)?.get(operationName ?? null);
  }

  findByHash(sha256Hash: string, operationName: string | null | undefined): PreparedOperation | undefined {
    return this.byHash.get(sha256Hash)?.get(operationName ?? null);
  }

  record(query: string, operationName: string | null | undefined, prepared: PreparedOperation, sha256Hash?: string): void {
    if (query.length > MAX_PREPARED_TEXT) return;
    const byName: ByName = this.byText.get(query) ?? new Map();
    byName.set(operationName ?? null, prepared);
    this.byText.set(query, byName);
    if (sha256Hash !== undefined && SHA256_HEX.test(sha256Hash)) this.byHash.set(sha256Hash, byName);
  }

  /**
   * Records every operation that reaches execution over HTTP: by then Apollo has parsed,
   * validated and picked it, checked an APQ hash against its text, and every plugin's
   * didResolveOperation (the limits) let it pass.
   */
  plugin<TContext extends object>(): ApolloServerPlugin<TContext> {
    return {
      requestDidStart: async () => ({
        // Note: `source` is the text Apollo ran, also when the request sent only a hash.
        executionDidStart: async ({ request, source, document, operation }) => {
          if (!operation) return;
          const hash: unknown = request.extensions?.['persistedQuery']?.sha256Hash;
          this.record(source, request.operationName, { document, operation }, typeof hash === 'string' ? hash : undefined);
        },
      }),
    };
  }
}
