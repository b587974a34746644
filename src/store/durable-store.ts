/**
 * A small key-value store for state that must not be lost (a ticket's final state, a
 * webhook event id, who raised a ticket), unlike the shared cache: a write that fails
 * throws, so the caller can refuse to acknowledge what it could not keep.
 */
export interface DurableStore {
  readonly kind: 'redis' | 'memory';
  get(key: string): Promise<string | undefined>;
  /** Stores `value`; throws when it could not. */
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  /** Stores `value` unless the key exists: true when this call stored it. Throws when it could not ask. */
  setIfAbsent(key: string, value: string, ttlSeconds: number): Promise<boolean>;
  close(): Promise<void>;
}
