/**
 * A map that keeps at most `maxEntries`, dropping the oldest first, and forgets an entry
 * once its time is up when given one: for what an instance remembers of what callers send
 * (tickets, addresses, filter texts), which a flood of distinct values must not grow.
 */
export class RecentMap<K, V> {
  private readonly entries = new Map<K, { value: V; until: number }>();

  /** @param ttlMs how long an entry is kept (Infinity: until pushed out; 0 or less: nothing is kept). */
  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs = Infinity,
  ) {}

  /** The value set for `key` within the last `ttlMs`, if any. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.until > Date.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  set(key: K, value: V): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(key);
    this.entries.set(key, { value, until: Date.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
