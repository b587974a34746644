import type { Logger } from '../lib/logger.js';
import { createRedisClient, type RedisClient, type RedisTarget } from '../lib/redis-client.js';
import type { CacheStore, StoredEntry, WindowCount } from './cache-store.js';

/** Drop expired leases, renew or claim one if there is room, in one round trip (one key: one slot). */
const CLAIM_LEASE = `local now = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local held = redis.call('ZSCORE', KEYS[1], ARGV[1])
if (not held) and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

/** INCR, starting the window's clock on the first increment, in one round trip. */
const INCREMENT_WINDOW = `local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {n, redis.call('PTTL', KEYS[1])}`;

/** A value and its remaining life, read atomically (a SET between the two would mislabel it). */
const GET_WITH_TTL = `return {redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1])}`;

/**
 * Redis-backed store, on one server or a Redis Cluster (each script touches one key, so
 * one slot). Note: the client fails fast instead of queueing: with Redis down a cache read
 * must cost milliseconds (then the caller goes to the upstream), not the seconds ioredis
 * spends retrying by default.
 */
export class RedisStore implements CacheStore {
  readonly kind = 'redis' as const;
  private readonly client: RedisClient;
  private healthy = false;
  private lastErrorLog = 0;

  constructor(target: RedisTarget, keyPrefix: string, private readonly logger: Logger) {
    this.client = createRedisClient(target, {
      keyPrefix,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 250,
      connectTimeout: 2000,
    });
    this.client.on('ready', () => {
      this.healthy = true;
      this.logger.info('redis connected');
    });
    this.client.on('error', (err: Error) => this.onError(err));
    this.client.on('end', () => (this.healthy = false));
    this.client.on('close', () => (this.healthy = false));
  }

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.client.get(key);
      return value ?? undefined;
    } catch (err) {
      this.onError(err as Error);
      return undefined;
    }
  }

  async getEntry(key: string): Promise<StoredEntry | undefined> {
    try {
      const [value, ttlMs] = (await this.client.eval(GET_WITH_TTL, 1, key)) as [string | null, number];
      // -1 (no expiry) never comes from our own writes: no time left, rather than forever.
      return value === null ? undefined : { value, ttlMs: Math.max(ttlMs, 0) };
    } catch (err) {
      this.onError(err as Error);
      return undefined;
    }
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    try {
      await this.client.set(key, value, 'EX', ttlSeconds);
    } catch (err) {
      this.onError(err as Error);
    }
  }

  async increment(key: string, windowMs: number): Promise<WindowCount | undefined> {
    try {
      const [count, ttl] = (await this.client.eval(INCREMENT_WINDOW, 1, key, windowMs)) as [number, number];
      return { count, resetInMs: ttl > 0 ? ttl : windowMs };
    } catch (err) {
      this.onError(err as Error);
      return undefined;
    }
  }

  async claimLease(key: string, member: string, limit: number, ttlMs: number): Promise<boolean | undefined> {
    try {
      return (await this.client.eval(CLAIM_LEASE, 1, key, member, limit, Date.now(), ttlMs)) === 1;
    } catch (err) {
      this.onError(err as Error);
      return undefined;
    }
  }

  async releaseLease(key: string, member: string): Promise<void> {
    try {
      await this.client.zrem(key, member);
    } catch (err) {
      this.onError(err as Error);
    }
  }

  isHealthy(): boolean {
    return this.healthy && this.client.status === 'ready';
  }

  whenReady(timeoutMs: number): Promise<boolean> {
    if (this.isHealthy()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.client.off('ready', onReady);
        resolve(false);
      }, timeoutMs);
      const onReady = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      this.client.once('ready', onReady);
    });
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.client.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private onError(err: Error): void {
    this.healthy = this.client.status === 'ready';
    // An outage produces an error per command and per reconnect: log at most every 5 s.
    const now = Date.now();
    if (now - this.lastErrorLog > 5000) {
      this.lastErrorLog = now;
      this.logger.warn('redis unavailable; serving without the shared cache', { error: err.message });
    }
  }
}
