/**
 * A key-value store with TTLs behind the shared cache. Implementations never throw for
 * an unreachable backend on reads: a read that cannot be answered is a miss.
 */
export interface CacheStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** True when the backend answered its last command (always true in memory). */
  isHealthy(): boolean;
  /** Asks the backend now; used by readiness. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
