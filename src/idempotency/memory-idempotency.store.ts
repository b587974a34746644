import type { IdempotencyStore } from './idempotency.store.js';

interface Entry {
  value: string;
  expiresAt: number;
}

/** More records than a single instance ever holds in 24 h; past it, new keys are refused, never old ones dropped. */
const MAX_ENTRIES = 100_000;

/**
 * The idempotency store of a single instance (no REDIS_URL). Note: it holds only for
 * this process: two instances without Redis do not see each other's keys, and a restart
 * forgets them. Production runs with REDIS_URL.
 */
export class MemoryIdempotencyStore implements IdempotencyStore {
  readonly kind = 'memory' as const;
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  async claim(key: string, value: string, ttlMs: number): Promise<boolean> {
    if (this.live(key) !== undefined) return false;
    if (this.entries.size >= MAX_ENTRIES) this.sweep();
    if (this.entries.size >= MAX_ENTRIES) throw new Error('the in-memory idempotency store is full');
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
    return true;
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async settle(key: string, value: string, ttlMs: number): Promise<void> {
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  async release(key: string, expected: string): Promise<void> {
    if (this.live(key)?.value === expected) this.entries.delete(key);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}
