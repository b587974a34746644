import { PaymentsDataSource } from './datasources/payments/payments.datasource.js';
import { RestClient, type RestDeps } from './datasources/rest/rest-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { SessionTicketAuth } from './datasources/rest/upstream-auth.js';
import { Idempotency } from './idempotency/idempotency.js';
import type { Credentials } from './lib/credentials.js';
import type { Logger } from './lib/logger.js';
import { createTally, type RequestTally } from './lib/request-tally.js';
import type { GatewayPubSub } from './pubsub/gateway-pubsub.js';
import type { Runtime } from './runtime.js';

/** Everything one GraphQL operation needs; built fresh for each one. */
export interface GatewayContext {
  credentials: Credentials;
  /** Sent back as `x-request-id`, along to the upstreams, and into log lines. */
  requestId: string;
  /** The caller's address (X-Forwarded-For only from TRUSTED_PROXIES): for per-address budgets. */
  clientIp: string;
  payments: PaymentsDataSource;
  /** What this operation has cost so far (for its access-log line). */
  tally: RequestTally;
  /** For publishing changes (mutations) and following them (subscriptions). */
  pubsub: GatewayPubSub;
  /** Runs a money-moving upstream call at most once per caller and idempotencyKey. */
  idempotency: Idempotency;
  logger: Logger;
  /**
   * A new context for the same caller and request id: fresh datasources with empty memos.
   * A long-lived operation (a subscription) takes one per event, so that what it reads
   * then is read then, not remembered from its start.
   */
  renew(): GatewayContext;
}

/** Where a request came from, as the server saw it. */
export interface RequestOrigin {
  requestId: string;
  clientIp: string;
  /** A subscription lives as long as its client wants: it gets no time budget, each call its own timeout. */
  subscription?: boolean;
}

/**
 * Builds the per-request context: datasources carrying this caller's credentials, with
 * their own request-scoped loaders. Nothing here outlives the operation.
 */
export function createContext(runtime: Runtime, credentials: Credentials, { requestId, clientIp, subscription }: RequestOrigin): GatewayContext {
  const tally = createTally();
  const deadline = subscription ? Infinity : Date.now() + runtime.config.operationBudgetMs;
  const deps = (upstream: Upstream): RestDeps => ({
    upstream,
    requestId,
    tally,
    deadline,
    cache: runtime.cache,
    verdicts: runtime.verdicts,
    metrics: runtime.metrics,
    logger: runtime.logger,
    config: runtime.config,
  });
  return {
    credentials,
    requestId,
    clientIp,
    tally,
    logger: runtime.logger,
    pubsub: runtime.pubsub,
    payments: new PaymentsDataSource(new RestClient(deps(runtime.upstreams.payments), new SessionTicketAuth(credentials))),
    renew: () => createContext(runtime, credentials, { requestId, clientIp, ...(subscription && { subscription }) }),
    idempotency: new Idempotency(runtime.idempotency.store, credentials, runtime.idempotency.timings, {
      logger: runtime.logger,
      metrics: runtime.metrics,
      requestId,
    }),
  };
}
