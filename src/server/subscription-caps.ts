import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors/error-codes.js';
import type { SubscriptionLeases } from '../ratelimit/subscription-leases.js';

interface Held {
  credentialKey: string;
  lease: string;
}

/**
 * The caps on open subscriptions: per WebSocket connection (counted here) and per
 * credential across instances (leases in the shared store). A subscription over a cap is
 * refused with RATE_LIMITED before it starts; its places come back when it ends, however
 * it ends (completed, stopped, or the socket closed).
 */
export class SubscriptionCaps {
  private readonly byConnection = new WeakMap<object, Map<string, Held>>();
  /** Subscriptions open on this instance (for the gauge). */
  private count = 0;

  constructor(
    private readonly leases: SubscriptionLeases,
    private readonly perConnection: number,
    private readonly perCredential: number,
  ) {}

  /** Admits subscription `id` of a connection, or says why not. */
  async admit(connection: object, id: string, credentialKey: string): Promise<GraphQLError | undefined> {
    let open = this.byConnection.get(connection);
    if (!open) this.byConnection.set(connection, (open = new Map()));
    if (open.size >= this.perConnection) {
      return refusal(`A connection may hold at most ${this.perConnection} subscriptions; stop one before starting another.`);
    }
    // The place is taken before the shared count is asked, so that subscriptions started
    // together on one socket cannot all pass the connection's cap while the lease is awaited.
    const held = { credentialKey, lease: randomUUID() };
    open.set(id, held);
    this.count++;
    if (!(await this.leases.acquire(credentialKey, held.lease, this.perCredential))) {
      if (open.get(id) === held) {
        open.delete(id);
        this.count--;
      }
      return refusal(`These credentials hold ${this.perCredential} subscriptions already (on every connection together); stop one first.`);
    }
    // The socket closed (or the id was stopped) while the lease was claimed: give it back.
    if (open.get(id) !== held) this.leases.release(credentialKey, held.lease);
    return undefined;
  }

  /** Subscriptions open on this instance now. */
  get open(): number {
    return this.count;
  }

  /** Subscription `id` ended. */
  release(connection: object, id: string): void {
    const open = this.byConnection.get(connection);
    const held = open?.get(id);
    if (!open || !held) return;
    open.delete(id);
    this.leases.release(held.credentialKey, held.lease);
    this.count--;
  }

  /** The connection closed: every subscription on it ended. */
  releaseConnection(connection: object): void {
    for (const id of [...(this.byConnection.get(connection)?.keys() ?? [])]) this.release(connection, id);
  }
}

function refusal(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.RateLimited } });
}
