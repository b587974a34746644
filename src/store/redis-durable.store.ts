import { Redis } from 'ioredis';
import type { Logger } from '../lib/logger.js';
import type { DurableStore } from './durable-store.js';

/**
 * Redis behind {@link DurableStore}, on a connection of its own. Note: unlike the cache's
 * client it queues commands while (re)connecting, for up to two seconds: a webhook that
 * arrives as Redis comes back is then kept rather than refused; past that, a command
 * fails and the caller answers so that the sender retries.
 */
export class RedisDurableStore implements DurableStore {
  readonly kind = 'redis' as const;
  private readonly client: Redis;
  private lastErrorLog = 0;

  constructor(url: string, keyPrefix: string, logger: Logger) {
    this.client = new Redis(url, {
      keyPrefix,
      maxRetriesPerRequest: 1,
      commandTimeout: 2000,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(times * 200, 2000),
    });
    this.client.on('error', (err: Error) => {
      if (Date.now() - this.lastErrorLog < 5000) return;
      this.lastErrorLog = Date.now();
      logger.warn('durable store: redis unavailable', { error: err.message });
    });
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(key)) ?? undefined;
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    await this.client.set(key, value, 'EX', ttlSeconds);
  }

  async setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean> {
    return (await this.client.set(key, value, 'EX', ttlSeconds, 'NX')) === 'OK';
  }

  async close(): Promise<void> {
    try {
      await this.client.quit();
    } catch {
      this.client.disconnect();
    }
  }
}
