import { PaymentsDataSource } from './datasources/payments/payments.datasource.js';
import { RestClient, type RestDeps } from './datasources/rest/rest-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { SessionTicketAuth } from './datasources/rest/upstream-auth.js';
import { Idempotency } from './idempotency/idempotency.js';
import type { Credentials } from './lib/credentials.js';
import type { Logger } from './lib/logger.js';
import type { GatewayPubSub } from './pubsub/gateway-pubsub.js';
import type { Runtime } from './runtime.js';

/** Everything one GraphQL operation needs; built fresh for each one. */
export interface GatewayContext {
  credentials: Credentials;
  /** Sent back as `x-request-id`, along to the upstreams, and into log lines. */
  requestId: string;
  payments: PaymentsDataSource;
  /** For publishing changes (mutations) and following them (subscriptions). */
  pubsub: GatewayPubSub;
  /** Runs a money-moving upstream call at most once per caller and idempotencyKey. */
  idempotency: Idempotency;
  logger: Logger;
}

/**
 * Builds the per-request context: datasources carrying this caller's credentials, with
 * their own request-scoped loaders. Nothing here outlives the operation.
 */
export function createContext(runtime: Runtime, credentials: Credentials, requestId: string): GatewayContext {
  const deps = (upstream: Upstream): RestDeps => ({
    upstream,
    requestId,
    cache: runtime.cache,
    verdicts: runtime.verdicts,
    metrics: runtime.metrics,
    logger: runtime.logger,
    config: runtime.config,
  });
  return {
    credentials,
    requestId,
    logger: runtime.logger,
    pubsub: runtime.pubsub,
    payments: new PaymentsDataSource(new RestClient(deps(runtime.upstreams.payments), new SessionTicketAuth(credentials))),
    idempotency: new Idempotency(runtime.idempotency.store, credentials, runtime.idempotency.timings, {
      logger: runtime.logger,
      metrics: runtime.metrics,
      requestId,
    }),
  };
}
