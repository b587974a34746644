/** One stored HTTP answer to a public operation, exactly as Apollo sent it. */
export interface CachedAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The body as Apollo wrote it. Note: text, not bytes: node sends a text body that ends the
   * answer in one write with the head, where a Buffer costs a second, gathered write.
   */
  readonly body: string;
  /** The operation's name in its document, for the access log of a hit. */
  readonly operationName: string | undefined;
  readonly expiresAt: number;
}

/**
 * This instance's answers to public operations by key (src/server/response-cache/cache-key.ts),
 * in memory only. Bounded: past `maxEntries` the oldest insertion goes, so a flood of
 * distinct variables cannot grow memory without limit. Note: no caller is part of an entry;
 * whoever reads one must first have been accepted by the upstream (see http-response-cache.ts).
 */
export class ResponseCache {
  private readonly entries = new Map<string, CachedAnswer>();

  constructor(private readonly maxEntries: number) {}

  /** The live answer under `key`, if any. */
  get(key: string, now = Date.now()): CachedAnswer | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > now) return entry;
    this.entries.delete(key);
    return undefined;
  }

  /** Stores an answer (replacing an older one under the same key). */
  set(key: string, answer: CachedAnswer): void {
    this.entries.delete(key);
    this.entries.set(key, answer);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Entries held now, expired ones not yet dropped included. */
  get size(): number {
    return this.entries.size;
  }
}
