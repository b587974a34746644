/**
 * Where idempotency records live: Redis across instances, memory for a single instance.
 * Unlike the shared cache, every method throws when the backend cannot answer: "absent"
 * and "unknown" must never be confused, or a money mutation could be sent twice.
 * Note: a claimed key is only ever written again by the request that claimed it (nothing
 * expires it early, and nobody else may claim a key that exists), so storing its result
 * needs no compare-and-set: one plain write, one command.
 */
export interface IdempotencyStore {
  readonly kind: 'redis' | 'memory';
  /** Stores `value` under `key` for `ttlMs` only when the key is absent; true when it was stored. */
  claim(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** The value under `key`, or null when there is none. */
  get(key: string): Promise<string | null>;
  /** Replaces the value under `key` with `value` for `ttlMs`. Only the key's claimer calls it. */
  settle(key: string, value: string, ttlMs: number): Promise<void>;
  /** Deletes the key when its value is still `expected`. */
  release(key: string, expected: string): Promise<void>;
  close(): Promise<void>;
}
