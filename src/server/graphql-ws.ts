import type { Server } from 'node:http';
import {
  getOperationAST,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer, type Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { createContext } from '../context.js';
import type { Runtime } from '../runtime.js';
import { clientAddress } from './client-address.js';
import { readCredentials } from './credentials.js';
import { errorCodes, type OperationLog } from './observability/operation-log.js';
import { operationHash, type OperationManifest } from './persisted/operation-manifest.js';
import { notInManifest } from './persisted/persisted-only.js';
import { WsOperations } from './observability/ws-operations.js';
import { budgetKey, rateLimitedError, takeRequestBudget } from './request-budget.js';
import { SubscriptionCaps } from './subscription-caps.js';
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
export function attachGraphQLWebSocket(
  httpServer: Server,
  schema: GraphQLSchema,
  runtime: Runtime,
  mask: Masker,
  log: OperationLog,
  manifest?: OperationManifest,
) {
  const { limits } = runtime.config;
  const operations = new WsOperations(log);
  const caps = new SubscriptionCaps(runtime.subscriptionLeases, runtime.config.subscriptionsPerConnection, runtime.config.subscriptionsPerCredential);
  const rules = [...specifiedRules, KnownOperationTypesRule, ...(runtime.config.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  runtime.metrics.gauge('gateway_websocket_subscriptions', () => caps.open);
  runtime.metrics.gauge('gateway_websocket_operations', () => operations.open);
  const wss = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: MAX_MESSAGE_BYTES });
  const clientIpOf = (ctx: Context<Record<string, unknown> | undefined, Extra>): string =>
    clientAddress(ctx.extra.request.socket.remoteAddress, ctx.extra.request.headers['x-forwarded-for'], runtime.config.trustedProxies);
  const cleanup = useServer(
    {
      schema,
      // A session ticket (app users, brands, terminals) or a merchant token (the merchant panel).
      onConnect: (ctx) => {
        const credentials = readCredentials(ctx.connectionParams ?? {});
        return Boolean(credentials.sessionTicket ?? credentials.merchantToken);
      },
      onSubscribe: async (ctx, id, payload) => {
        // Each operation on the socket is a request of its own, with its own id and its own budget.
        operations.start(ctx, id, requestIdFrom(undefined), payload.operationName);
        const credentials = readCredentials(ctx.connectionParams ?? {});
        const budget = await takeRequestBudget(runtime, credentials, clientIpOf(ctx));
        if (!budget.allowed) return [rateLimitedError(budget.retryAfterSeconds)];
        if (manifest && !manifest.byHash.has(operationHash(payload.query))) return [notInManifest()];
        let document;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (err) {
          return [withCode(err instanceof GraphQLError ? err : new GraphQLError('Syntax error.'), 'GRAPHQL_PARSE_FAILED')];
        }
        const operation = getOperationAST(document, payload.operationName);
        operations.name(ctx, id, operation?.name?.value);
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED'));
        const refused = checkOperationLimits(schema, document, payload.operationName, payload.variables, limits);
        if (refused.length > 0) return refused;
        if (operation?.operation === 'subscription') {
          const overCap = await caps.admit(ctx, id, budgetKey(credentials, clientIpOf(ctx)));
          if (overCap) return [overCap];
        }
        return { schema, document, operationName: payload.operationName ?? null, variableValues: payload.variables ?? null };
      },
      context: (ctx, id, _payload, args) => {
        const requestId = operations.requestId(ctx, id) ?? requestIdFrom(undefined);
        const subscription = getOperationAST(args.document, args.operationName)?.operation === 'subscription';
        const context = createContext(runtime, readCredentials(ctx.connectionParams ?? {}), { requestId, clientIp: clientIpOf(ctx), subscription });
        operations.attach(ctx, id, context.tally);
        return context;
      },
      onError: (ctx, id, _payload, errors) => {
        const masked = errors.map((e) => mask(e.toJSON(), e));
        operations.errors(ctx, id, errorCodes(masked));
        operations.end(ctx, id);
        caps.release(ctx, id);
        return masked;
      },
      onNext: (ctx, id, _payload, _args, result) => {
        if (!result.errors) return result;
        const masked = result.errors.map((e) => mask(e.toJSON(), e));
        operations.errors(ctx, id, errorCodes(masked));
        return { ...result, errors: masked };
      },
      onComplete: (ctx, id) => {
        operations.end(ctx, id);
        caps.release(ctx, id);
      },
      onClose: (ctx) => {
        operations.closeConnection(ctx);
        caps.releaseConnection(ctx);
      },
    },
    wss,
  );
  // graphql-ws answers any socket error with a stack on console.error, past our logger: a
  // client sending messages over 64 KB could flood stderr. These are the client's or the
  // network's doing, and ws closes the socket itself (1009 for an oversize message).
  wss.on('connection', (socket) => {
    socket.removeAllListeners('error');
    socket.on('error', (err) => runtime.logger.info('websocket: socket error', { error: err.message }));
  });
  return {
    wss,
    /** Closes every socket with 1001 (going away) and stops accepting new ones. */
    close: async (): Promise<void> => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
