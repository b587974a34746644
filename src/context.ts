import { PaymentsDataSource } from './datasources/payments/payments.datasource.js';
import { RestClient, type RestDeps } from './datasources/rest/rest-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { SessionTicketAuth } from './datasources/rest/upstream-auth.js';
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
  logger: Logger;
  /**
   * A new context for the same caller and request id: fresh datasources with empty memos.
   * A long-lived operation (a subscription) takes one per event, so that what it reads
   * then is read then, not remembered from its start.
   */
  renew(): GatewayContext;
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
    renew: () => createContext(runtime, credentials, requestId),
  };
}
