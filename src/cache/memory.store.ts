import type { CacheStore, StoredEntry, WindowCount } from './cache-store.js';

/**
 * In-process store for a single instance without Redis. Bounded: past `maxEntries` the
 * oldest insertion goes, so a flood of distinct keys cannot grow memory without limit.
 */
export class MemoryStore implements CacheStore {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  private readonly leases = new Map<string, Map<string, number>>();

  constructor(private readonly maxEntries = 10_000) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.getEntry(key))?.value;
  }

  async getEntry(key: string): Promise<StoredEntry | undefined> {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const ttlMs = entry.expiresAt - Date.now();
    if (ttlMs <= 0) {
      this.entries.delete(key);
      return undefined;
    }
    return { value: entry.value, ttlMs };
  }

  async set(key: string, value: string, ttlSeconds: number): Promise<void> {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: Date.now() + ttlSeconds * 1000 });
    this.evictOldest();
  }

  private evictOldest(): void {
    if (this.entries.size <= this.maxEntries) return;
    const oldest = this.entries.keys().next().value;
    if (oldest !== undefined) this.entries.delete(oldest);
  }

  async increment(key: string, windowMs: number): Promise<WindowCount> {
    const now = Date.now();
    const entry = this.entries.get(key);
    const live = entry && entry.expiresAt > now ? entry : undefined;
    const count = (live ? Number(live.value) : 0) + 1;
    const expiresAt = live?.expiresAt ?? now + windowMs;
    this.entries.delete(key);
    this.entries.set(key, { value: String(count), expiresAt });
    this.evictOldest();
    return { count, resetInMs: expiresAt - now };
  }

  async claimLease(key: string, member: string, limit: number, ttlMs: number): Promise<boolean> {
    const now = Date.now();
    const held = this.leases.get(key) ?? new Map<string, number>();
    for (const [m, expiresAt] of held) if (expiresAt <= now) held.delete(m);
    if (!held.has(member) && held.size >= limit) return false;
    held.set(member, now + ttlMs);
    this.leases.set(key, held);
    return true;
  }

  async releaseLease(key: string, member: string): Promise<void> {
    const held = this.leases.get(key);
    held?.delete(member);
    if (held?.size === 0) this.leases.delete(key);
  }

  isHealthy(): boolean {
    return true;
  }

  async whenReady(): Promise<boolean> {
    return true;
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
