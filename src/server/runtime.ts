import type { CacheStore } from '../cache/cache-store.js';
import { MemoryStore } from '../cache/memory.store.js';
import { RedisStore } from '../cache/redis.store.js';
import { SharedCache } from '../cache/shared-cache.js';
import type { Config } from '../config.js';
import type { Runtime } from '../context.js';
import { CircuitBreaker } from '../datasources/circuit-breaker.js';
import { createUpstreamClient } from '../datasources/http-client.js';
import type { Logger } from '../lib/logger.js';
import { Metrics } from './metrics.js';

/** Creates the process-wide parts: upstream clients, the shared cache, metrics. */
export function createRuntime(config: Config, logger: Logger): Runtime {
  if (!config.paymentsApiUrl || !config.ticketsApiUrl) throw new Error('upstream URLs must be resolved before the gateway starts');
  const store: CacheStore = config.redisUrl ? new RedisStore(config.redisUrl, config.redisKeyPrefix, logger) : new MemoryStore();
  const metrics = new Metrics();
  return {
    config,
    logger,
    metrics,
    cache: new SharedCache(store, metrics, config.localCacheTtlMs),
    clients: { payments: createUpstreamClient(config.paymentsApiUrl), tickets: createUpstreamClient(config.ticketsApiUrl) },
    breakers: {
      payments: new CircuitBreaker('payments', config.circuitFailures, config.circuitOpenMs, metrics),
      tickets: new CircuitBreaker('tickets', config.circuitFailures, config.circuitOpenMs, metrics),
    },
  };
}

/** Releases what {@link createRuntime} opened. */
export async function closeRuntime(runtime: Runtime): Promise<void> {
  await runtime.cache.store.close();
  for (const client of Object.values(runtime.clients)) {
    const agents = client.defaults.options.agent;
    if (agents.http) agents.http.destroy();
    if (agents.https) agents.https.destroy();
  }
}
