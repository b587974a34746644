import type { Logger } from '../lib/logger.js';
import { createRedisClient, whenConnected, type RedisClient, type RedisTarget } from '../lib/redis-client.js';
import type { IdempotencyStore } from './idempotency.store.js';

// Compare-and-delete, atomic in Redis: a key is freed only by the request that holds it.
// One key: one slot on a Redis Cluster.
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
  /** Results being stored, which close() lets finish. */
  private readonly writes = new Set<Promise<unknown>>();

  constructor(target: RedisTarget, keyPrefix: string, private readonly logger: Logger) {
    this.client = createRedisClient(target, {
      keyPrefix,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      connectTimeout: 2000,
      // Note: each command is a socket write, and a write costs more CPU here than the rest
      // of the command (profiled under W5). Auto-pipelining sends the commands concurrent
      // requests issue in one event-loop turn as one write; each still gets its own answer
      // or error, so a failed claim still refuses only its own mutation.
      enableAutoPipelining: true,
    });
    this.client.on('error', (err: Error) => this.onError(err));
  }

  async claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    return (await (await this.connected()).set(key, value, 'PX', ttlMs, 'NX')) === 'OK';
  }

  async get(key: string): Promise<string | null> {
    return (await this.connected()).get(key);
  }

  /**
   * One plain SET. Note: no compare with the pending marker (a script would cost a GET and a
   * SET inside Redis on every mutation): only the claimer writes a claimed key, which lives
   * for the whole retention. Should it vanish anyway (a flush, or eviction: run this Redis
   * with `maxmemory-policy noeviction`), the result is stored again, as it should be.
   */
  async settle(key: string, value: string, ttlMs: number): Promise<void> {
    const write = this.connected().then((client) => client.set(key, value, 'PX', ttlMs));
    // Results are stored after the answer: a shutdown must not cut them off (see close).
    this.writes.add(write);
    try {
      await write;
    } finally {
      this.writes.delete(write);
    }
  }

  async release(key: string, expected: string): Promise<void> {
    await (await this.connected()).eval(RELEASE, 1, key, expected);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.writes]);
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
