import type { CallerVerdicts } from '../../cache/caller-verdicts.js';

/** Callers remembered at once; past that the oldest goes (a flood of tickets cannot grow memory). */
const MAX_CALLERS = 10_000;

/**
 * The upstream's recent yes to a caller, as the response cache asks it: the shared verdicts
 * (src/cache/caller-verdicts.ts), with this instance's own copy of each yes for at most
 * `ttlMs`, like every near copy of a shared-cache entry. Note: without it every hit cost a
 * Redis round trip once the shared cache's near copy of the verdict had lapsed (SharedCache
 * keeps no near copy of what it reads back from Redis), and that round trip was most of a
 * hit's time. Keys are the credentials' hash, never the credentials; refusals are not kept.
 */
export class AcceptedCallers {
  private readonly accepted = new Map<string, number>();

  constructor(
    private readonly verdicts: CallerVerdicts,
    private readonly ttlMs: number,
  ) {}

  /** True when the upstream accepted `callerKey` for every scope within the verdicts' TTL. */
  async hasAll(scopes: readonly string[], callerKey: string): Promise<boolean> {
    const now = Date.now();
    for (const scope of scopes) {
      const key = `${scope} ${callerKey}`;
      if ((this.accepted.get(key) ?? 0) > now) continue;
      if (!(await this.verdicts.isAccepted(scope, callerKey))) return false;
      this.accepted.delete(key);
      this.accepted.set(key, now + this.ttlMs);
      if (this.accepted.size > MAX_CALLERS) this.accepted.delete(this.accepted.keys().next().value!);
    }
    return true;
  }
}
