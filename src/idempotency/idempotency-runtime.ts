import type { Config } from '../config.js';
import type { Logger } from '../lib/logger.js';
import { redisTarget } from '../lib/redis-client.js';
import type { IdempotencyTimings } from './idempotency.js';
import type { IdempotencyStore } from './idempotency.store.js';
import { MemoryIdempotencyStore } from './memory-idempotency.store.js';
import { RedisIdempotencyStore } from './redis-idempotency.store.js';

/** The process-wide part of idempotency: its store and how long things live. */
export interface IdempotencyRuntime {
  store: IdempotencyStore;
  timings: IdempotencyTimings;
}

/**
 * Redis (its own client) when REDIS_URL or REDIS_CLUSTER_NODES is set, so that a retry
 * sent to another instance finds the first result; memory otherwise, which holds for a
 * single instance only.
 */
export function createIdempotencyRuntime(config: Config, logger: Logger): IdempotencyRuntime {
  const redis = redisTarget(config);
  return {
    store: redis ? new RedisIdempotencyStore(redis, config.redisKeyPrefix, logger) : new MemoryIdempotencyStore(),
    timings: {
      retentionMs: 24 * 3600 * 1000,
      // A live request finishes within two upstream calls (the fee range read, the transfer),
      // each bounded by the timeout cap and a retry: past four caps and a minute, its owner
      // has died. Note: generous on purpose; being late only delays a "may or may not" answer.
      staleAfterMs: 4 * config.upstreamTimeoutCapMs + 60_000,
      // A second request waits as long as the first one's upstream call may take.
      waitMs: config.upstreamTimeoutCapMs + 5000,
    },
  };
}
