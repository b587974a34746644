import type { DurableStore } from '../../store/durable-store.js';

/**
 * Who raised each ticket that went up with the gateway's own service credentials. The
 * ticket service sees only the gateway there, so it would show any such ticket to any app
 * user; the gateway keeps the raiser (a hash of their credentials, never in clear) and
 * shows a ticket to them alone.
 */
export class TicketOwners {
  constructor(
    private readonly store: DurableStore,
    private readonly ttlSeconds: number,
  ) {}

  /** Records the raiser; throws when it could not be stored. */
  record(ticketId: string, owner: string): Promise<void> {
    return this.store.set(`ticket-owner:v1:${ticketId}`, owner, this.ttlSeconds);
  }

  /** The raiser's key, or undefined for a ticket the gateway did not raise with its own credentials. */
  owner(ticketId: string): Promise<string | undefined> {
    return this.store.get(`ticket-owner:v1:${ticketId}`);
  }
}
