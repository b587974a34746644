import type { CacheStore } from '../../src/cache/cache-store.js';

/** A store whose backend is down: every read misses, writes vanish (RedisStore during an outage). */
export class DeadStore implements CacheStore {
  readonly kind = 'redis' as const;
  readonly sets: string[] = [];
  async get(_key: string): Promise<string | undefined> {
    return undefined;
  }
  async getEntry(_key: string): Promise<{ value: string; ttlMs: number } | undefined> {
    return undefined;
  }
  async set(key: string, _value: string, _ttlSeconds: number): Promise<void> {
    this.sets.push(key);
  }
  async increment(): Promise<undefined> {
    return undefined;
  }
  async whenReady(): Promise<boolean> {
    return false;
  }
  async claimLease(): Promise<undefined> {
    return undefined;
  }
  async releaseLease(): Promise<void> {}
  isHealthy(): boolean {
    return false;
  }
  async ping(): Promise<boolean> {
    return false;
  }
  async close(): Promise<void> {}
}

/** A store that says how long each entry has left, as Redis answers GET with PTTL; counts its reads. */
export class TimedStore extends DeadStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  reads = 0;
  override async get(key: string): Promise<string | undefined> {
    return this.lookup(key)?.value;
  }
  override async getEntry(key: string): Promise<{ value: string; ttlMs: number } | undefined> {
    return this.lookup(key);
  }
  private lookup(key: string): { value: string; ttlMs: number } | undefined {
    this.reads++;
    const entry = this.entries.get(key);
    const ttlMs = entry ? entry.expiresAt - Date.now() : 0;
    return entry && ttlMs > 0 ? { value: entry.value, ttlMs } : undefined;
  }
  override async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.put(key, value, ttlSeconds * 1000);
  }
  /** What another instance wrote some time ago: `ttlMs` is what its entry has left. */
  put(key: string, value: string, ttlMs: number): void {
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
  }
  override isHealthy(): boolean {
    return true;
  }
}
