/** Callers one instance remembers a value for at once. */
const MAX_CALLERS = 10_000;

/**
 * What this instance last read for each caller (by the credentials' hash, never the
 * credentials), believed for a short while. Note: instance memory only, never the shared
 * cache: the value is the caller's own, and a stale copy must cost at most one more read,
 * so only what is cheap to be wrong about belongs here (see the fee range's use).
 */
export class CallerMemo<T> {
  private readonly values = new Map<string, { value: T; until: number }>();

  /** @param ttlMs how long a value is believed (0: never kept). */
  constructor(private readonly ttlMs: number) {}

  /** The value remembered for this caller within the last `ttlMs`, if any. */
  get(callerKey: string): T | undefined {
    const entry = this.values.get(callerKey);
    if (entry === undefined) return undefined;
    if (entry.until > Date.now()) return entry.value;
    this.values.delete(callerKey);
    return undefined;
  }

  remember(callerKey: string, value: T): void {
    if (this.ttlMs <= 0) return;
    this.values.delete(callerKey);
    this.values.set(callerKey, { value, until: Date.now() + this.ttlMs });
    // Oldest first out: a flood of tickets cannot grow memory.
    if (this.values.size > MAX_CALLERS) this.values.delete(this.values.keys().next().value!);
  }
}
