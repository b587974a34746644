import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ConfigError, type Config } from '../config.js';
import type { GatewayContext } from '../context.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { closeRuntime, createRuntime } from '../runtime.js';
import { buildGatewaySchema } from '../schema.js';
import { createGraphQLHandler, sendRequestError } from './graphql-http.js';
import { attachGraphQLWebSocket } from './graphql-ws.js';
import { createHttpRoutes } from './http-routes.js';
import { listen } from '../lib/listen.js';
import { createErrorMasker } from './mask-error.js';
import { accessLogPlugin } from './observability/access-log.plugin.js';
import { OperationLog } from './observability/operation-log.js';
import { createApqCache } from './persisted/apq-cache.js';
import { loadOperationManifest, manifestDocumentCache, type OperationManifest } from './persisted/operation-manifest.js';
import { JitExecutor, jitGateway } from './jit-executor.js';
import { FastLane } from './fast-lane/fast-lane.js';
import { PreparedOperations } from './fast-lane/prepared-operations.js';
import { createPlayground } from './playground.js';
import { createReadinessCheck } from './readiness.js';
import { HttpResponseCache } from './response-cache/http-response-cache.js';
import { createTicketWebhookHandler } from './webhook-http.js';
import { KnownOperationTypesRule } from './validation/known-operation-types.rule.js';
import { httpSubscriptionsPlugin } from './validation/http-subscriptions.plugin.js';
import { OperationLimitsGate, operationLimitsPlugin } from './validation/operation-limits.plugin.js';

/** A running gateway. */
export interface Gateway {
  url: string;
  port: number;
  /** Graceful stop: refuse new work, finish in-flight requests (up to the grace period), close Redis. */
  close(): Promise<void>;
}

/** Options that are not configuration: things tests and the embedded start pass in. */
export interface GatewayOptions {
  logger?: Logger;
  /** Ticket the playground is prefilled with (the embedded start passes a demo ticket). */
  playgroundTicket?: string;
}

/**
 * Starts the gateway on `config.port` (0 picks a free port) and resolves once it listens.
 * Throws {@link PortInUseError} when the port is taken.
 */
export async function startGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const runtime = createRuntime(config, logger);
  const schema = await buildGatewaySchema();
  const mask = createErrorMasker(logger, { hideSuggestions: config.production });
  const operationLog = new OperationLog(logger, runtime.metrics);
  const manifest = config.persistedOnly ? readManifest(config.persistedOperationsFile) : undefined;
  const documents = manifest ? manifestDocumentCache(manifest) : createApqCache(runtime.cache.store, config.apqTtlSeconds);
  const limits = new OperationLimitsGate(schema, config.limits);
  const executor = config.compiledExecution ? new JitExecutor(schema, config.compileAfterRuns, runtime.metrics) : undefined;
  const prepared = new PreparedOperations();
  const apollo = new ApolloServer<GatewayContext>({
    // Compiled execution goes through Apollo's gateway hook, its one way to swap the executor.
    ...(executor ? { gateway: jitGateway(schema, executor) } : { schema }),
    // Set explicitly from config (INTROSPECTION), not left to Apollo's reading of NODE_ENV,
    // so that HTTP and WebSocket agree; stack traces never leave.
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: mask,
    parseOptions: { maxTokens: config.limits.maxTokens },
    // APQ in the shared cache: a hash registered through one instance is found through all.
    persistedQueries: { cache: documents, ttl: config.apqTtlSeconds },
    validationRules: [KnownOperationTypesRule],
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      httpSubscriptionsPlugin(),
      operationLimitsPlugin(limits),
      accessLogPlugin(operationLog),
      ...(executor && config.fastLane ? [prepared.plugin<GatewayContext>()] : []),
    ],
  });
  await apollo.start();
  // Answers to public queries, kept no longer than the near copies they were built from (0: off).
  const responses =
    config.localCacheTtlMs > 0
      ? new HttpResponseCache({
          config,
          apq: documents,
          verdicts: runtime.verdicts,
          metrics: runtime.metrics,
          log: operationLog,
        })
      : undefined;
  const ready = createReadinessCheck({ payments: config.paymentsApiUrl ?? '', tickets: config.ticketsApiUrl ?? '' }, runtime.cache.store);
  let inFlight = 0;
  let draining = false;

  const route = createHttpRoutes({
    graphql: createGraphQLHandler(apollo, runtime, {
      manifest,
      responses,
      // It runs operations on Apollo's executor: without compiled execution, everything takes Apollo's path.
      fastLane: executor && config.fastLane ? new FastLane(prepared, executor, limits, operationLog, runtime.metrics) : undefined,
    }),
    playground: createPlayground(options.playgroundTicket, config.introspection),
    readiness: () => (draining ? Promise.resolve({ status: 'draining' as const }) : ready()),
    metrics: runtime.metrics,
    ticketWebhook: createTicketWebhookHandler(runtime.tickets.webhooks, logger),
  });

  const server = http.createServer((req, res) => {
    inFlight++;
    res.on('close', () => inFlight--);
    if (draining) res.setHeader('connection', 'close');
    route(req, res).catch((err: unknown) => {
      logger.error('request failed', { error: err instanceof Error ? err.stack : String(err) });
      if (!res.headersSent) sendRequestError(res, 500, 'Internal server error.', 'INTERNAL_SERVER_ERROR');
      else res.destroy();
    });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;
  server.keepAliveTimeout = 5_000;
  runtime.metrics.gauge('gateway_http_requests_in_flight', () => inFlight);
  // No Redis configured is not Redis down: the gauge only exists when there is a Redis to watch.
  runtime.metrics.gauge('gateway_redis_configured', () => (runtime.cache.store.kind === 'redis' ? 1 : 0));
  if (runtime.cache.store.kind === 'redis') runtime.metrics.gauge('gateway_redis_up', () => (runtime.cache.store.isHealthy() ? 1 : 0));

  // A Redis that answers within a second is used from the first request on (budgets and
  // caches counted in one place); a slower one is picked up when it comes.
  await runtime.cache.store.whenReady(1000);
  try {
    await listen(server, config.port, config.host, 'PORT');
  } catch (err) {
    await apollo.stop();
    await closeRuntime(runtime);
    throw err;
  }
  // Attached once listening: ws re-emits the server's errors (a busy port) as its own, loudly.
  const ws = attachGraphQLWebSocket(server, schema, runtime, mask, operationLog, manifest);
  const port = (server.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      draining = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await ws.close();
      const deadline = Date.now() + config.shutdownGraceMs;
      while (inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
      server.closeAllConnections();
      await stopped;
      await apollo.stop();
      await closeRuntime(runtime);
    })());

  return { url: `http://${host}:${port}/graphql`, port, close };
}

/** The committed manifest PERSISTED_ONLY runs, or a configuration error naming the file. */
function readManifest(path: string): OperationManifest {
  try {
    return loadOperationManifest(path);
  } catch (err) {
    throw new ConfigError(`PERSISTED_ONLY needs a manifest at PERSISTED_OPERATIONS_FILE (${path}): ${(err as Error).message}`);
  }
}
