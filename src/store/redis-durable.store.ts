import type { Logger } from '../lib/logger.js';
import { createRedisClient, whenConnected, type RedisClient, type RedisTarget } from '../lib/redis-client.js';
import type { DurableStore } from './durable-store.js';

/**
 * Redis behind {@link DurableStore}, on a connection of its own. Note: unlike the cache's
 * client it queues commands while (re)connecting, for up to two seconds: a webhook that
 * arrives as Redis comes back is then kept rather than refused; past that, a command
 * fails and the caller answers so that the sender retries. On a Redis Cluster the wait is
 * {@link whenConnected}'s, as the cluster's own queue has no bound; every command takes
 * one key, so one slot.
 */
export class RedisDurableStore implements DurableStore {
  readonly kind = 'redis' as const;
  private readonly client: RedisClient;
  private lastErrorLog = 0;

  constructor(target: RedisTarget, keyPrefix: string, logger: Logger) {
    this.client = createRedisClient(target, {
      keyPrefix,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      connectTimeout: 2000,
    });
    this.client.on('error', (err: Error) => {
      if (Date.now() - this.lastErrorLog < 5000) return;
      this.lastErrorLog = Date.now();
      logger.warn('durable store: redis unavailable', { error: err.message });
    });
  }

  async get(key: string): Promise<string | undefined> {
    return (await (await this.connected()).get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await (await this.connected()).set(key, value, 'EX', ttlSeconds);
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await (await this.connected()).set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }

  private async connected(): Promise<RedisClient> {
    await whenConnected(this.client, 2000);
    return this.client;
  }
}
