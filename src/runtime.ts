import { CallerMemo } from './cache/caller-memo.js';
import { CallerVerdicts } from './cache/caller-verdicts.js';
import type { CacheStore } from './cache/cache-store.js';
import { MemoryStore } from './cache/memory.store.js';
import { RedisStore } from './cache/redis.store.js';
import { SharedCache } from './cache/shared-cache.js';
import type { FeeRangeDto } from './datasources/payments/ethereum.dto.js';
import type { Config } from './config.js';
import { CircuitBreaker } from './datasources/rest/circuit-breaker.js';
import { createUpstreamClient } from './datasources/rest/http-client.js';
import type { Upstream } from './datasources/rest/upstream.js';
import { createIdempotencyRuntime, type IdempotencyRuntime } from './idempotency/idempotency-runtime.js';
import type { Logger } from './lib/logger.js';
import { Metrics } from './lib/metrics.js';
import { redisTarget } from './lib/redis-client.js';
import { createGatewayPubSub, type GatewayPubSub } from './pubsub/gateway-pubsub.js';
import { RateLimiter } from './ratelimit/rate-limiter.js';
import { SubscriptionLeases } from './ratelimit/subscription-leases.js';
import { closeTicketRuntime, createTicketRuntime, type TicketRuntime } from './ticket-runtime.js';

/** What lives for the whole process and is shared by every request. */
export interface Runtime {
  config: Config;
  logger: Logger;
  metrics: Metrics;
  cache: SharedCache;
  /** Which callers each upstream recently accepted for a shared answer. */
  verdicts: CallerVerdicts;
  /** The fee range each caller's balance last showed (FEE_RANGE_CACHE_TTL_SECONDS). */
  feeRanges: CallerMemo<FeeRangeDto>;
  upstreams: { payments: Upstream; tickets: Upstream };
  /** Changes published by one instance reach subscribers on every instance. */
  pubsub: GatewayPubSub;
  /** Request budgets, counted across instances. */
  rateLimiter: RateLimiter;
  /** Each credential's open subscriptions, counted across instances. */
  subscriptionLeases: SubscriptionLeases;
  /** Results of money-moving mutations by idempotency key (Redis when configured). */
  idempotency: IdempotencyRuntime;
  /** The ticket service's credentials, stored ticket states, webhook receiver and status feed. */
  tickets: TicketRuntime;
}

function createUpstream(name: string, baseUrl: string, config: Config, metrics: Metrics): Upstream {
  return {
    name,
    client: createUpstreamClient(baseUrl),
    breaker: new CircuitBreaker(name, config.circuitFailures, config.circuitOpenMs, metrics),
  };
}

/** Creates the process-wide parts: upstream clients and their circuits, the shared cache, metrics. */
export function createRuntime(config: Config, logger: Logger): Runtime {
  if (!config.paymentsApiUrl || !config.ticketsApiUrl) throw new Error('upstream URLs must be resolved before the gateway starts');
  const redis = redisTarget(config);
  const store: CacheStore = redis ? new RedisStore(redis, config.redisKeyPrefix, logger) : new MemoryStore();
  const metrics = new Metrics(true);
  const cache = new SharedCache(store, metrics, config.localCacheTtlMs);
  const pubsub = createGatewayPubSub(redis, config.redisKeyPrefix, logger);
  return {
    config,
    logger,
    metrics,
    cache,
    verdicts: new CallerVerdicts(cache, config.callerVerdictTtlSeconds, config.localCacheTtlMs),
    feeRanges: new CallerMemo(config.feeRangeTtlSeconds * 1000),
    upstreams: {
      payments: createUpstream('payments', config.paymentsApiUrl, config, metrics),
      tickets: createUpstream('tickets', config.ticketsApiUrl, config, metrics),
    },
    pubsub,
    rateLimiter: new RateLimiter(store, metrics),
    subscriptionLeases: new SubscriptionLeases(store),
    idempotency: createIdempotencyRuntime(config, logger),
    tickets: createTicketRuntime(config, cache, pubsub, logger, metrics),
  };
}

/** Releases what {@link createRuntime} opened. */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  await closeTicketRuntime(runtime.tickets);
  runtime.subscriptionLeases.close();
  await runtime.cache.store.close();
  await runtime.pubsub.close();
  await runtime.idempotency.store.close();
  for (const { client } of Object.values(runtime.upstreams)) {
    const agents = client.defaults.options.agent;
    if (agents.http) agents.http.destroy();
    if (agents.https) agents.https.destroy();
  }
}
