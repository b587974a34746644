import { RecentMap } from '../lib/recent-map.js';

/** Callers one instance remembers a value for at once. */
const MAX_CALLERS = 10_000;

/**
 * What this instance last read for each caller (by the credentials' hash, never the
 * credentials), believed for a short while. Note: instance memory only, never the shared
 * cache: the value is the caller's own, and a stale copy must cost at most one more read,
 * so only what is cheap to be wrong about belongs here (see the fee range's use).
 */
export class CallerMemo<T> {
  private readonly values: RecentMap<string, T>;

  /** @param ttlMs how long a value is believed (0: never kept). */
  constructor(ttlMs: number) {
    this.values = new RecentMap(MAX_CALLERS, ttlMs);
  }

  /** The value remembered for this caller within the last `ttlMs`, if any. */
  get(callerKey: string): T | undefined {
    return this.values.get(callerKey);
  }

  remember(callerKey: string, value: T): void {
    this.values.set(callerKey, value);
  }
}
