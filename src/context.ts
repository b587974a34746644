import type { Got } from 'got';
import type { SharedCache } from './cache/shared-cache.js';
import type { Config } from './config.js';
import type { Credentials } from './datasources/credentials.js';
import { PaymentsDataSource } from './datasources/payments.datasource.js';
import type { CircuitBreaker } from './datasources/circuit-breaker.js';
import type { Logger } from './lib/logger.js';
import type { Metrics } from './server/metrics.js';

/** What lives for the whole process and is shared by every request. */
export interface Runtime {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  cache: SharedCache;
  clients: { payments: Got; tickets: Got };
  breakers: { payments: CircuitBreaker; tickets: CircuitBreaker };
}

/** Everything one GraphQL operation needs; built fresh for each one. */
export interface GatewayContext {
  credentials: Credentials;
  /** Sent back as `x-request-id`, along to the upstreams, and into log lines. */
  requestId: string;
  payments: PaymentsDataSource;
  logger: Logger;
}

/**
 * Builds the per-request context: datasources carrying this caller's credentials, with
 * their own request-scoped loaders. Nothing here outlives the operation.
 */
export function createContext(runtime: Runtime, credentials: Credentials, requestId: string): GatewayContext {
  const deps = {
    cache: runtime.cache,
    metrics: runtime.metrics,
    logger: runtime.logger,
    timeoutCapMs: runtime.config.upstreamTimeoutCapMs,
    requestId,
  };
  return {
    credentials,
    requestId,
    payments: new PaymentsDataSource(
      credentials,
      { ...deps, client: runtime.clients.payments, breaker: runtime.breakers.payments },
      runtime.config.plansTtlSeconds,
    ),
    logger: runtime.logger,
  };
}
