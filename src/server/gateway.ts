import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createRuntime, closeRuntime } from './runtime.js';
import type { Config } from '../config.js';
import type { GatewayContext, Runtime } from '../context.js';
import { createLogger, type Logger } from '../lib/logger.js';
import { buildGatewaySchema } from '../schema.js';
import { createGraphQLHandler, sendRequestError } from './graphql-http.js';
import { attachGraphQLWebSocket } from './graphql-ws.js';
import { createErrorMasker } from './mask-error.js';
import { limitRules, OperationLimits } from './operation-limits.js';
import { createPlayground } from './playground.js';
import { createReadinessCheck } from './readiness.js';

/** A running gateway. */
export interface Gateway {
  url: string;
  port: number;
  runtime: Runtime;
  /** Graceful stop: refuse new work, finish in-flight requests (up to the grace period), close Redis. */
  close(): Promise<void>;
}

/** Options that are not configuration: things tests and the embedded start pass in. */
export interface GatewayOptions {
  logger?: Logger;
  /** Ticket the playground is prefilled with (the embedded start passes a demo ticket). */
  playgroundTicket?: string;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'content-type, authorization, authenticateit_identity_ticket, authenticateit_terminal_device, x-merchant-token, x-request-id, apollo-require-preflight, x-apollo-operation-name',
  'access-control-expose-headers': 'x-request-id',
  'access-control-max-age': '600',
};

/** Starts the gateway on `config.port` (0 picks a free port) and resolves once it listens. */
export async function startGateway(config: Config, options: GatewayOptions = {}): Promise<Gateway> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const runtime = createRuntime(config, logger);
  const schema = await buildGatewaySchema();
  const mask = createErrorMasker(logger);
  const apollo = new ApolloServer<GatewayContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: mask,
    parseOptions: { maxTokens: OperationLimits.maxTokens },
    validationRules: limitRules,
    plugins: [ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const graphql = createGraphQLHandler(apollo, runtime);
  const ready = createReadinessCheck(
    { payments: config.paymentsApiUrl ?? '', tickets: config.ticketsApiUrl ?? '' },
    runtime.cache.store,
  );
  const playground = createPlayground(options.playgroundTicket);
  let inFlight = 0;
  let draining = false;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://gateway');
    if (url.pathname === '/graphql') {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS_HEADERS).end();
        return;
      }
      for (const [k, v] of Object.entries(CORS_HEADERS)) res.setHeader(k, v);
      if (req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(playground.html);
        return;
      }
      return graphql(req, res, url);
    }
    if (url.pathname.startsWith('/graphql/playground/')) {
      const asset = playground.asset(url.pathname.slice('/graphql/playground/'.length));
      if (!asset) return sendJson(res, 404, { error: 'Not found' });
      const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'content-type': asset.type,
        'cache-control': 'public, max-age=3600',
        vary: 'accept-encoding',
        ...(gzip && { 'content-encoding': 'gzip' }),
      });
      res.end(gzip ? asset.gzip : asset.plain);
      return;
    }
    if (url.pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/readyz') {
      const readiness = draining ? { status: 'draining' as const } : await ready();
      return sendJson(res, readiness.status === 'ready' || readiness.status === 'degraded' ? 200 : 503, readiness);
    }
    if (url.pathname === '/metrics') {
      res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(runtime.metrics.render());
      return;
    }
    sendJson(res, 404, { error: 'Not found' });
  };

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
  const ws = attachGraphQLWebSocket(server, schema, runtime, mask);
  runtime.metrics.gauge('gateway_http_requests_in_flight', () => inFlight);
  runtime.metrics.gauge('gateway_redis_up', () => (runtime.cache.store.kind === 'redis' && runtime.cache.store.isHealthy() ? 1 : 0));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
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

  return { url: `http://${host}:${port}/graphql`, port, runtime, close };
}
