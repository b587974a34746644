import { PaymentsDataSource } from './datasources/payments/payments.datasource.js';
import { RestClient, type RestDeps } from './datasources/rest/rest-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { SessionTicketAuth } from './datasources/rest/upstream-auth.js';
import { TicketServiceDataSource } from './datasources/tickets/ticket-service.datasource.js';
import { Idempotency } from './idempotency/idempotency.js';
import type { Credentials } from './lib/credentials.js';
import type { Logger } from './lib/logger.js';
import { createTally, type RequestTally } from './lib/request-tally.js';
import { ResponseCookies } from './lib/response-cookies.js';
import type { GatewayPubSub } from './pubsub/gateway-pubsub.js';
import { LoginAttempts } from './ratelimit/login-attempts.js';
import type { MultipartScan } from './uploads/multipart-scan.js';
import type { TicketStatusFeed } from './webhooks/ticket-status.feed.js';
import type { Runtime } from './runtime.js';

/** Everything one GraphQL operation needs; built fresh for each one. */
export interface GatewayContext {
  credentials: Credentials;
  /** Sent back as `x-request-id`, along to the upstreams, and into log lines. */
  requestId: string;
  /** The caller's address (X-Forwarded-For only from TRUSTED_PROXIES): for per-address budgets. */
  clientIp: string;
  /** What this operation has cost so far (for its access-log line). */
  tally: RequestTally;
  payments: PaymentsDataSource;
  /** The support-ticket service: tickets and the merchant panel. */
  tickets: TicketServiceDataSource;
  /** Ticket status changes for subscribers (stored states, pub/sub, reconciliation). */
  ticketStatus: TicketStatusFeed;
  /** Cookies for the HTTP answer (merchantLogin's BEARER_TOKEN); dropped over WebSocket. */
  cookies: ResponseCookies;
  /** Money-moving mutations run once per idempotency key (scoped to this caller). */
  idempotency: Idempotency;
  /** For publishing changes (mutations) and following them (subscriptions). */
  pubsub: GatewayPubSub;
  /** merchantLogin's own budget (LOGIN_ATTEMPTS_PER_MINUTE), per account and per address. */
  loginAttempts: LoginAttempts;
  logger: Logger;
  /** A multipart request's body as read so far, which can let its uploads go upstream before they have all arrived (src/uploads/). */
  uploadBody?: MultipartScan | undefined;
  /**
   * Starts the operation's budget (OPERATION_BUDGET_MS) again from now, never shortening
   * it: an upload calls this once its files are in, since the time the client took to send
   * them is not the gateway's or the upstreams'.
   */
  restartBudget(): void;
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
  /** Where cookies for the HTTP answer are collected (none over WebSocket). */
  cookies?: ResponseCookies;
  /** A multipart request's body as read so far. */
  uploadBody?: MultipartScan | undefined;
}

/** How an operation's context builds what it builds on first use, and restarts its budget (kept in createContext). */
interface LazyParts {
  restartBudget(): void;
  tickets(): TicketServiceDataSource;
  idempotency(): Idempotency;
  loginAttempts(): LoginAttempts;
  renew(): GatewayContext;
}

/**
 * One operation's context. What few operations use (the ticket service's client with its
 * own loader, idempotency, the login budget) is built on first use: most operations read
 * payments only and should not pay for the rest.
 * Note: Apollo Server copies each operation's context with Object.assign onto an object of
 * the same prototype. A getter of the object itself would run in that copy, building
 * everything at once; getters on this class's prototype stay getters in the copy.
 */
class OperationContext implements GatewayContext {
  private builtTickets: TicketServiceDataSource | undefined = undefined;
  private builtIdempotency: Idempotency | undefined = undefined;
  private builtLoginAttempts: LoginAttempts | undefined = undefined;
  uploadBody: MultipartScan | undefined = undefined;

  constructor(
    readonly credentials: Credentials,
    readonly requestId: string,
    readonly clientIp: string,
    readonly tally: RequestTally,
    readonly payments: PaymentsDataSource,
    readonly ticketStatus: TicketStatusFeed,
    readonly cookies: ResponseCookies,
    readonly pubsub: GatewayPubSub,
    readonly logger: Logger,
    private readonly lazy: LazyParts,
  ) {}

  get tickets(): TicketServiceDataSource {
    return (this.builtTickets ??= this.lazy.tickets());
  }

  get idempotency(): Idempotency {
    return (this.builtIdempotency ??= this.lazy.idempotency());
  }

  get loginAttempts(): LoginAttempts {
    return (this.builtLoginAttempts ??= this.lazy.loginAttempts());
  }

  renew(): GatewayContext {
    return this.lazy.renew();
  }

  restartBudget(): void {
    this.lazy.restartBudget();
  }
}

/**
 * Builds the per-request context: datasources carrying this caller's credentials, with
 * their own request-scoped loaders. Nothing here outlives the operation.
 */
export function createContext(runtime: Runtime, credentials: Credentials, origin: RequestOrigin): GatewayContext {
  const { requestId, clientIp, subscription } = origin;
  const cookies = origin.cookies ?? new ResponseCookies();
  const tally = createTally();
  // Read by each call as it starts (a getter below), so that a restart reaches every datasource.
  const budget = { deadline: subscription ? Infinity : Date.now() + runtime.config.operationBudgetMs };
  const deps = (upstream: Upstream): RestDeps => ({
    upstream,
    requestId,
    tally,
    get deadline() {
      return budget.deadline;
    },
    cache: runtime.cache,
    verdicts: runtime.verdicts,
    metrics: runtime.metrics,
    logger: runtime.logger,
    config: runtime.config,
  });
  const payments = new PaymentsDataSource(new RestClient(deps(runtime.upstreams.payments), new SessionTicketAuth(credentials)), runtime);
  const { service, owners } = runtime.tickets;
  // Note: the payments service has no "who am I"; its plan catalogue answers every valid
  // session, and its verdict is cached, so it proves an app user's session for a cache read.
  const verifySession = async (): Promise<void> => void (await payments.billing.getBillingPlans());
  const lazy: LazyParts = {
    restartBudget: () => void (budget.deadline = Math.max(budget.deadline, Date.now() + runtime.config.operationBudgetMs)),
    tickets: () => new TicketServiceDataSource({ rest: deps(runtime.upstreams.tickets), service, owners, logger: runtime.logger }, credentials, verifySession),
    idempotency: () =>
      new Idempotency(runtime.idempotency.store, credentials, runtime.idempotency.timings, { logger: runtime.logger, metrics: runtime.metrics, requestId }),
    loginAttempts: () => new LoginAttempts(runtime.rateLimiter, runtime.config.loginAttemptsPerMinute, clientIp),
    renew: () => createContext(runtime, credentials, { ...origin, cookies }),
  };
  const context = new OperationContext(credentials, requestId, clientIp, tally, payments, runtime.tickets.feed, cookies, runtime.pubsub, runtime.logger, lazy);
  context.uploadBody = origin.uploadBody;
  return context;
}
