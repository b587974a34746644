import type { Server } from 'node:http';
import { GraphQLError, parse, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext, type Runtime } from '../context.js';
import { readCredentials } from '../datasources/credentials.js';
import { limitRules, OperationLimits } from './operation-limits.js';
import { requestIdFrom } from './request-id.js';

/** Largest WebSocket message accepted (ws' own default is 100 MiB). */
const MAX_MESSAGE_BYTES = 256 * 1024;

/** The error with `code` unless it has one (as Apollo tags parse and validation errors). */
function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, { nodes: error.nodes ?? null, source: error.source ?? null, positions: error.positions ?? null, extensions: { ...error.extensions, code } });
}

type Masker = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/**
 * graphql-ws on the HTTP server's port and path. A connection must present a session
 * ticket in `connectionParams` (the same keys as the HTTP headers); each operation gets
 * its own context, as an HTTP request would.
 *
 * Note: graphql-ws runs graphql-js alone, so Apollo's formatError never sees these
 * results: the same error masker is applied here by hand.
 */
export function attachGraphQLWebSocket(httpServer: Server, schema: GraphQLSchema, runtime: Runtime, mask: Masker) {
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const cleanup = useServer(
    {
      schema,
      onConnect: (ctx) => Boolean(readCredentials(ctx.connectionParams ?? {}).sessionTicket),
      // The same parse and validation limits as over HTTP (graphql-ws knows nothing of Apollo's).
      onSubscribe: (_ctx, _id, payload) => {
        let document;
        try {
          document = parse(payload.query, { maxTokens: OperationLimits.maxTokens });
        } catch (err) {
          return [withCode(err instanceof GraphQLError ? err : new GraphQLError('Syntax error.'), 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...limitRules]);
        if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
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
