/**
 * Per-endpoint request counters, keyed "METHOD path" with the path as sent
 * (query removed). Tests assert on them to prove how often the gateway called
 * its upstream (DESIGN.md: call counts next to data).
 */
export class RequestStats {
  private readonly counts = new Map<string, number>();

  /** Counts one request. */
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  /** The counters as the `GET /__sim/stats` body: `{"requests": {"GET /x": 3}}`. */
  snapshot(): { requests: Record<string, number> } {
    return { requests: Object.fromEntries(this.counts) };
  }

  /** Back to zero. */
  clear(): void {
    this.counts.clear();
  }
}
