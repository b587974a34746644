import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext } from '../context.js';
import type { Runtime } from '../runtime.js';
import { readCredentials } from './credentials.js';
import { requestIdFrom } from './request-id.js';
import { KnownOperationTypesRule } from './validation/known-operation-types.rule.js';
import { checkOperationLimits } from './validation/operation-limits.js';

/** Largest WebSocket message accepted; a larger one closes the socket (ws' own default is 100 MiB). */
const MAX_MESSAGE_BYTES = 64 * 1024;

/** The error with `code` unless it has one (as Apollo tags parse and validation errors). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    extensions: { ...error.extensions, code },
  });
}

type Masker = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-ws on the HTTP server's port and path. A connection must present a well-formed
 * session ticket or merchant token in `connectionParams` (the same keys as the HTTP headers), checked when
 * the connection opens; each operation gets its own context, as an HTTP request would.
 *
 * Note: graphql-ws runs graphql-js alone, so Apollo's parse limits, validation rules,
 * plugins and formatError never see these operations: the same token limit, rules,
 * operation limits and error masker are applied here by hand.
 */
export function attachGraphQLWebSocket(httpServer: Server, schema: GraphQLSchema, runtime: Runtime, mask: Masker) {
  const { limits } = runtime.config;
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const cleanup = useServer(
    {
      schema,
      // A session ticket (app users, brands, terminals) or a merchant token (the merchant panel).
      onConnect: (ctx) => {
        const credentials = readCredentials(ctx.connectionParams ?? {});
        return Boolean(credentials.sessionTicket ?? credentials.merchantToken);
      },
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          return [withCode(err instanceof GraphQLError ? err : new GraphQLError('Syntax error.'), 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, [...specifiedRules, KnownOperationTypesRule]);
        if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const refused = checkOperationLimits(schema, document, payload.operationName, payload.variables, limits);
        if (refused.length > 0) return refused;
        return { schema, document, operationName: payload.operationName ?? null, variableValues: payload.variables ?? null };
      },
      // Each operation on the socket is a request of its own, with its own id.
      context: (ctx) => createContext(runtime, readCredentials(ctx.connectionParams ?? {}), requestIdFrom(undefined)),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => mask(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) => {
        if (!result.errors) return result;
        return { ...result, errors: result.errors.map((e) => mask(e.toJSON(), e)) };
      },
    },
    wss,
  );
  return {
    wss,
    /** Closes every socket with 1001 (going away) and stops accepting new ones. */
    close: async (): Promise<void> => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
