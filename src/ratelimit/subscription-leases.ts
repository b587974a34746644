import { randomUUID } from 'node:crypto';
import type { CacheStore } from '../cache/cache-store.js';
import { MemoryStore } from '../cache/memory.store.js';

/** How long a lease lives unless renewed; renewed at a third of it, so a crashed instance's leases lapse within a minute. */
const LEASE_MS = 60_000;

/**
 * The open subscriptions of each credential, counted across instances as leases in the
 * shared store: a lease is renewed while its subscription lives and lapses when its
 * instance dies, so a crash never holds a credential's places for good. Note: while Redis
 * cannot answer, each instance counts for itself (the cap loosens; it never falls away).
 */
export class SubscriptionLeases {
  private readonly instance = randomUUID();
  private readonly local = new MemoryStore();
  /** Leases this instance holds: lease key → members. */
  private readonly held = new Map<string, Set<string>>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly store: CacheStore) {
    this.timer = setInterval(() => void this.renew(), LEASE_MS / 3);
    this.timer.unref();
  }

  /** Takes one of `limit` places of `credentialKey` for subscription `id`; false when they are all taken. */
  async acquire(credentialKey: string, id: string, limit: number): Promise<boolean> {
    const key = leaseKey(credentialKey);
    const member = `${this.instance}:${id}`;
    const claimed = (await this.store.claimLease(key, member, limit, LEASE_MS)) ?? (await this.local.claimLease(key, member, limit, LEASE_MS));
    if (claimed) {
      let members = this.held.get(key);
      if (!members) this.held.set(key, (members = new Set()));
      members.add(member);
    }
    return claimed;
  }

  /** Gives a place back when its subscription ends. */
  release(credentialKey: string, id: string): void {
    const key = leaseKey(credentialKey);
    const member = `${this.instance}:${id}`;
    const members = this.held.get(key);
    members?.delete(member);
    if (members?.size === 0) this.held.delete(key);
    void this.store.releaseLease(key, member);
    void this.local.releaseLease(key, member);
  }

  /** Stops renewing (the leases lapse on their own). */
  close(): void {
    clearInterval(this.timer);
  }

  private async renew(): Promise<void> {
    for (const [key, members] of this.held) {
      for (const member of members) {
        // Renewed in both: while Redis is away, this instance's own count must not lapse either.
        await this.store.claimLease(key, member, Number.MAX_SAFE_INTEGER, LEASE_MS);
        await this.local.claimLease(key, member, Number.MAX_SAFE_INTEGER, LEASE_MS);
      }
    }
  }
}

function leaseKey(credentialKey: string): string {
  return `subscriptions:${credentialKey}`;
}
