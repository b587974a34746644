import type { Logger } from '../lib/logger.js';
import { createRedisClient, whenConnected, type RedisClient, type RedisTarget } from '../lib/redis-client.js';
import type { IdempotencyStore } from './idempotency.store.js';

// Compare-and-act scripts: each runs atomically in Redis, so a record is only ever
// changed by the request that holds it. One key each: one slot on a Redis Cluster.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const SETTLE = `local cur = redis.call('GET', KEYS[1])
if cur == false or cur == ARGV[1] then redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3]) return 1 end
return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/** How long a command waits for a cluster that is (re)connecting before it fails. */
const CONNECT_WAIT_MS = 2000;

/**
 * The idempotency store in Redis, on a client of its own. Note: not the shared cache's
 * client, which treats every failure as a miss: here a failure throws, and the keyed
 * mutation is refused. Commands wait for a connection (a fresh instance is not refused
 * while it connects) but give up after one reconnect attempt or two seconds, so an
 * outage costs a quick refusal, not a hang; on a Redis Cluster the wait is
 * {@link whenConnected}'s, as its own queue has no bound.
 */
export class RedisIdempotencyStore implements IdempotencyStore {
  readonly kind = 'redis' as const;
  private readonly client: RedisClient;
  private lastErrorLog = 0;

  constructor(target: RedisTarget, keyPrefix: string, private readonly logger: Logger) {
    this.client = createRedisClient(target, {
      keyPrefix,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      connectTimeout: 2000,
    });
    this.client.on('error', (err: Error) => this.onError(err));
  }

  async claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await (await this.connected()).set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async get(key: string): Promise<string | null> {
    return (await this.connected()).get(key);
  }

  async renew(key: string, expected: string, ttlMs: number): Promise<boolean> {
    return (await (await this.connected()).eval(RENEW, 1, key, expected, ttlMs)) === 1;
  }

  async settle(key: string, expected: string, value: string, ttlMs: number): Promise<void> {
    await (await this.connected()).eval(SETTLE, 1, key, expected, value, ttlMs);
  }

  async release(key: string, expected: string): Promise<void> {
    await (await this.connected()).eval(RELEASE, 1, key, expected);
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private async connected(): Promise<RedisClient> {
    await whenConnected(this.client, CONNECT_WAIT_MS);
    return this.client;
  }

  private onError(err: Error): void {
    // An outage produces an error per command and per reconnect: log at most every 5 s.
    const now = Date.now();
    if (now - this.lastErrorLog > 5000) {
      this.lastErrorLog = now;
      this.logger.warn('idempotency store (redis) unavailable; keyed money mutations are refused', { error: err.message });
    }
  }
}
