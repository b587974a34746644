import { isSupportTicketDto } from '../datasources/tickets/tickets.guards.js';
import type { SupportTicketDto } from '../datasources/tickets/tickets.dto.js';
import type { DurableStore } from '../store/durable-store.js';

/** True for the states a ticket never leaves (seed 001: CREATED or FAILED). */
export function isFinal(ticket: Pick<SupportTicketDto, 'status'>): boolean {
  return ticket.status === 'CREATED' || ticket.status === 'FAILED';
}

/**
 * Each ticket's last known final state, one key per ticket, and the webhook event ids
 * already handled. Note: pub/sub is at-most-once, so this store is the truth a subscriber
 * reads; a publish only says "look again".
 */
export class TicketStates {
  constructor(
    private readonly store: DurableStore,
    private readonly ttlSeconds: number,
  ) {}

  /** The stored final state of a ticket, if any (anything unreadable counts as none). */
  async get(ticketId: string): Promise<SupportTicketDto | undefined> {
    const text = await this.store.get(`ticket-state:v1:${ticketId}`);
    if (text === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(text);
      return isSupportTicketDto(value) && value.ticketId === ticketId ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores a final state; throws when it could not be stored. */
  async putFinal(ticket: SupportTicketDto): Promise<void> {
    if (!isFinal(ticket)) throw new Error('only final ticket states are stored');
    await this.store.set(`ticket-state:v1:${ticket.ticketId}`, JSON.stringify(ticket), this.ttlSeconds);
  }

  /** Marks a webhook event id as handled: true the first time, false for a repeat. Throws when it could not ask. */
  claimEvent(eventId: string): Promise<boolean> {
    return this.store.setIfAbsent(`ticket-event:v1:${eventId}`, '1', this.ttlSeconds);
  }
}
