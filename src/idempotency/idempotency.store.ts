/**
 * Where idempotency records live: Redis across instances, memory for a single instance.
 * Unlike the shared cache, every method throws when the backend cannot answer: "absent"
 * and "unknown" must never be confused, or a money mutation could be sent twice.
 * Values are compared whole, so "still mine" checks need no owner field of their own.
 */
export interface IdempotencyStore {
  readonly kind: 'redis' | 'memory';
  /** Stores `value` under `key` for `ttlMs` only when the key is absent; true when it was stored. */
  claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value under `key`, or null when there is none. */
  get(key: string): Promise<string | null>;
  /** Extends the key's lifetime to `ttlMs` when its value is still `expected`; false when it is not. */
  renew(key: string, expected: string, ttlMs: number): Promise<boolean>;
  /** Replaces the value with `value` for `ttlMs` when it is still `expected` or gone (never someone else's). */
  settle(key: string, expected: string, value: string, ttlMs: number): Promise<void>;
  /** Deletes the key when its value is still `expected`. */
  release(key: string, expected: string): Promise<void>;
  close(): Promise<void>;
}
