/** A counter of a fixed window. */
export interface WindowCount {
  count: number;
  resetInMs: number;
}

/** A stored value and how long it has left. */
export interface StoredEntry {
  value: string;
  ttlMs: number;
}

/**
 * A key-value store with TTLs behind the shared cache. Implementations never throw for
 * an unreachable backend on reads: a read that cannot be answered is a miss.
 */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | undefined>;
  /** Like `get`, with the entry's remaining life read in the same round trip. */
  getEntry(key: string): Promise<StoredEntry | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /**
   * Adds one to a counter that lives `windowMs` from its first increment, and says its
   * count and how long until it resets; undefined when the backend cannot answer.
   */
  increment(key: string, windowMs: number): Promise<WindowCount | undefined>;
  /** True when the backend answered its last command (always true in memory). */
  isHealthy(): boolean;
  /**
   * Claims `member`'s place in a set of at most `limit` leases under `key` (expired ones
   * dropped first; a member that holds one renews it), each living `ttlMs`. True when
   * claimed, false when full, undefined when the backend cannot answer.
   */
  claimLease(key: string, member: string, limit: number, ttlMs: number): Promise<boolean | undefined>;
  /** Lets go of a lease (fire and forget). */
  releaseLease(key: string, member: string): Promise<void>;
  /** Resolves once the backend is connected, or with false after `timeoutMs` (never rejects). */
  whenReady(timeoutMs: number): Promise<boolean>;
  /** Asks the backend now; used by readiness. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
