import { GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { AuthorizationError } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../src/errors/gateway-errors.js';
import type { Logger } from '../../src/lib/logger.js';
import { createErrorMasker } from '../../src/server/mask-error.js';

function recorder() {
  const logged: Array<Record<string, unknown> | undefined> = [];
  const logger: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: (_m, f) => logged.push(f) };
  return { logged, mask: createErrorMasker(logger) };
}

/** What graphql-js hands Apollo for an error thrown in a resolver at `path`. */
function located(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['plans'], originalError: original, extensions: original instanceof GraphQLError ? original.extensions : {} });
}

describe('createErrorMasker', () => {
  it('passes a gateway error through with its code and upstream details only', () => {
    const { mask, logged } = recorder();
    const error = located(new GatewayError('This session may not do that.', 'FORBIDDEN', { upstream: { service: 'payments', status: 403, errorId: 'payments-forbidden' } }));
    const formatted = { ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at secret.ts:1'] } };
    expect(mask(formatted, error)).toEqual({
      message: 'This session may not do that.',
      path: ['plans'],
      extensions: { code: 'FORBIDDEN', upstream: { service: 'payments', status: 403, errorId: 'payments-forbidden' } },
    });
    expect(logged).toHaveLength(0);
  });

  it('replaces an unexpected error by a bare INTERNAL_SERVER_ERROR and logs the original', () => {
    const { mask, logged } = recorder();
    const error = located(new TypeError("Cannot read properties of null (reading 'cost')"));
    const formatted = { message: error.message, path: ['plans'], extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    expect(mask(formatted, error)).toEqual({ message: 'Internal server error.', path: ['plans'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged[0]).toMatchObject({ message: "Cannot read properties of null (reading 'cost')" });
  });

  it('masks a graphql-js error without a code, and one that claims a code it may not', () => {
    const { mask } = recorder();
    const bare = new GraphQLError('Cannot return null for non-nullable field Plan.id.');
    expect(mask(bare.toJSON(), bare).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    const odd = new GraphQLError('db password is hunter2', { extensions: { code: 'SOMETHING_ELSE' } });
    expect(mask(odd.toJSON(), odd).message).toBe('Internal server error.');
  });

  it('calls a refused variable value a client mistake (graphql-ws hands it over without a code), and logs nothing', () => {
    const { mask, logged } = recorder();
    const definition = (parse('query($n: Int) { plans { id } }').definitions[0] as OperationDefinitionNode).variableDefinitions![0]!;
    const refused = new GraphQLError('Variable "$n" got invalid value "abc"; Int cannot represent non-integer value: "abc"', { nodes: [definition] });
    expect(mask(refused.toJSON(), refused).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(logged).toHaveLength(0);
  });

  it('masks a code outside our table (type-graphql\'s UNAUTHORIZED): nothing uses it, so it would be a bug', () => {
    const { mask, logged } = recorder();
    const error = located(new AuthorizationError());
    expect(mask({ message: error.message, extensions: { code: 'UNAUTHORIZED' } }, error).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(logged).toHaveLength(1);
  });

  it('keeps request-level codes such as GRAPHQL_VALIDATION_FAILED', () => {
    const { mask } = recorder();
    const error = new GraphQLError('Cannot query field "nope" on type "Plan".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(mask(error.toJSON(), error)).toMatchObject({ message: 'Cannot query field "nope" on type "Plan".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});
