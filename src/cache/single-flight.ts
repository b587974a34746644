/**
 * Coalesces concurrent calls by key: while one call for a key is in flight, later
 * callers share its promise instead of starting their own.
 */
export class SingleFlight {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  /** Runs `fn` unless a call for `key` is already running; `leader` says whose call it was. */
  run<T>(key: string, fn: () => Promise<T>): { promise: Promise<T>; leader: boolean } {
    const running = this.inFlight.get(key);
    if (running) return { promise: running as Promise<T>, leader: false };
    const promise = fn().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return { promise, leader: true };
  }
}
