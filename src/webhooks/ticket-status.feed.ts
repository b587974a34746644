import type { SupportTicketDto } from '../datasources/tickets/tickets.dto.js';
import type { Logger } from '../lib/logger.js';
import type { TicketFetch, TicketReconciler } from './ticket-reconciler.js';
import { isFinal, type TicketStates } from './ticket-states.js';
import type { GatewayPubSub } from '../pubsub/gateway-pubsub.js';
import { Topic } from '../pubsub/topics.js';

/** What the feed needs from the process. */
export interface TicketStatusFeedDeps {
  pubsub: GatewayPubSub;
  states: TicketStates;
  reconciler: TicketReconciler;
  logger: Logger;
  /** How often a waiting subscriber reads the stored state even without a message. */
  recheckMs: number;
}

/** Resolves after `ms`, or at once when `signal` aborts. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

/**
 * The status changes of one ticket for one subscriber: the stored final state first if
 * there is one (the webhook may have beaten the subscription), then the change to a final
 * state when it comes; the stream ends after a final state.
 *
 * Note: pub/sub is at-most-once (a message published while Redis reconnects is lost, and
 * SUBSCRIBE itself takes a round trip), so a message only says "look again": the stored
 * state is the truth, read on every message and, without one, every `recheckMs`.
 */
export class TicketStatusFeed {
  constructor(private readonly deps: TicketStatusFeedDeps) {}

  /** Follows `ticket` (already read with the subscriber's credentials); `fetch` reads it again for reconciliation. */
  follow(ticket: SupportTicketDto, fetch: TicketFetch): AsyncIterableIterator<SupportTicketDto> {
    const stop = new AbortController();
    const changes = this.run(ticket, fetch, stop.signal);
    // Note: an async generator awaiting inside cannot be returned until it yields; the
    // abort wakes it, so a subscriber who leaves stops the wait (and the poller) at once.
    return {
      next: () => changes.next(),
      return: () => {
        stop.abort();
        return changes.return();
      },
      throw: (error?: unknown) => {
        stop.abort();
        return changes.throw(error);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  private async *run(ticket: SupportTicketDto, fetch: TicketFetch, signal: AbortSignal): AsyncGenerator<SupportTicketDto, void, undefined> {
    const { pubsub, reconciler, recheckMs } = this.deps;
    const messages = pubsub.subscribe(Topic.SupportTicketChanged, ticket.ticketId);
    // Asking for the first message starts the subscription now, before the store is read.
    let message = messages.next();
    message.catch(() => {});
    let release: (() => void) | undefined;
    try {
      const known = (await this.stored(ticket.ticketId)) ?? (isFinal(ticket) ? ticket : undefined);
      if (known) {
        yield known;
        return;
      }
      release = reconciler.watch(ticket.ticketId, Date.parse(ticket.createdAt ?? '') || Date.now(), fetch);
      while (!signal.aborted) {
        const woke = await Promise.race([message.then((m) => (m.done ? ('closed' as const) : ('message' as const))), pause(recheckMs, signal).then(() => 'tick' as const)]);
        if (woke === 'message') message = messages.next();
        // Pub/sub closed (shutdown): the periodic look alone goes on.
        if (woke === 'closed') message = new Promise(() => {});
        const state = await this.stored(ticket.ticketId);
        if (state && !signal.aborted) {
          yield state;
          return;
        }
      }
    } finally {
      release?.();
      await messages.return?.();
    }
  }

  /** The stored final state; a store that cannot answer now is asked again at the next look. */
  private async stored(ticketId: string): Promise<SupportTicketDto | undefined> {
    try {
      return await this.deps.states.get(ticketId);
    } catch (error) {
      this.deps.logger.debug('tickets: the ticket state store did not answer', { ticketId, error: (error as Error).message });
      return undefined;
    }
  }
}
