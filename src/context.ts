import { PaymentsDataSource } from './datasources/payments/payments.datasource.js';
import { RestClient, type RestDeps } from './datasources/rest/rest-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { SessionTicketAuth } from './datasources/rest/upstream-auth.js';
import { TicketServiceDataSource } from './datasources/tickets/ticket-service.datasource.js';
import type { Credentials } from './lib/credentials.js';
import type { Logger } from './lib/logger.js';
import { ResponseCookies } from './lib/response-cookies.js';
import type { GatewayPubSub } from './pubsub/gateway-pubsub.js';
import type { TicketStatusFeed } from './pubsub/ticket-status.feed.js';
import type { Runtime } from './runtime.js';

/** Everything one GraphQL operation needs; built fresh for each one. */
export interface GatewayContext {
  credentials: Credentials;
  /** Sent back as `x-request-id`, along to the upstreams, and into log lines. */
  requestId: string;
  payments: PaymentsDataSource;
  /** The support-ticket service: tickets and the merchant panel. */
  tickets: TicketServiceDataSource;
  /** Ticket status changes for subscribers (stored states, pub/sub, reconciliation). */
  ticketStatus: TicketStatusFeed;
  /** Cookies for the HTTP answer (merchantLogin's BEARER_TOKEN); dropped over WebSocket. */
  cookies: ResponseCookies;
  /** For publishing changes (mutations) and following them (subscriptions). */
  pubsub: GatewayPubSub;
  logger: Logger;
}

/**
 * Builds the per-request context: datasources carrying this caller's credentials, with
 * their own request-scoped loaders. Nothing here outlives the operation.
 */
export function createContext(runtime: Runtime, credentials: Credentials, requestId: string, cookies = new ResponseCookies()): GatewayContext {
  const deps = (upstream: Upstream): RestDeps => ({
    upstream,
    requestId,
    cache: runtime.cache,
    verdicts: runtime.verdicts,
    metrics: runtime.metrics,
    logger: runtime.logger,
    config: runtime.config,
  });
  const payments = new PaymentsDataSource(new RestClient(deps(runtime.upstreams.payments), new SessionTicketAuth(credentials)));
  const { service, owners } = runtime.tickets;
  // Note: the payments service has no "who am I"; its plan catalogue answers every valid
  // session, and its verdict is cached, so it proves an app user's session for a cache read.
  const verifySession = async (): Promise<void> => void (await payments.billing.getBillingPlans());
  return {
    credentials,
    requestId,
    logger: runtime.logger,
    pubsub: runtime.pubsub,
    payments,
    tickets: new TicketServiceDataSource({ rest: deps(runtime.upstreams.tickets), service, owners, logger: runtime.logger }, credentials, verifySession),
    ticketStatus: runtime.tickets.feed,
    cookies,
  };
}
