import type { SupportTicketDto } from '../datasources/tickets/tickets.dto.js';
import type { Logger } from '../lib/logger.js';
import type { GatewayPubSub } from '../pubsub/gateway-pubsub.js';
import { Topic } from '../pubsub/topics.js';
import { isFinal, type TicketStates } from './ticket-states.js';

/** One Retrieve Support Ticket with a watcher's credentials; null when they may no longer see it. */
export type TicketFetch = () => Promise<SupportTicketDto | null>;

/** What the reconciler needs from the process. */
export interface ReconcilerDeps {
  states: TicketStates;
  pubsub: GatewayPubSub;
  logger: Logger;
  /** A ticket still PENDING this long after its creation is polled. */
  afterMs: number;
  intervalMs: number;
}

interface Poller {
  /** The watchers' fetches; the newest is used (its credentials are the freshest). */
  readonly fetches: TicketFetch[];
  timer: NodeJS.Timeout | undefined;
}

/**
 * Reconciles PENDING tickets whose webhook does not come: once a watched ticket is older
 * than `afterMs`, it is polled with Retrieve Support Ticket every `intervalMs` until it is
 * final; the final state is then stored and published, as a webhook would have been.
 *
 * Note: one poller per ticket on this instance, however many subscribers watch it; it
 * polls with the credentials of a current watcher (the service checks them) and stops
 * when the last watcher leaves.
 */
export class TicketReconciler {
  private readonly pollers = new Map<string, Poller>();

  constructor(private readonly deps: ReconcilerDeps) {}

  /** Watches a PENDING ticket created at `createdAtMs`; call the returned function when done watching. */
  watch(ticketId: string, createdAtMs: number, fetch: TicketFetch): () => void {
    let poller = this.pollers.get(ticketId);
    if (!poller) {
      poller = { fetches: [], timer: undefined };
      this.pollers.set(ticketId, poller);
      this.schedule(ticketId, poller, Math.max(0, createdAtMs + this.deps.afterMs - Date.now()));
    }
    poller.fetches.push(fetch);
    const owner = poller;
    return () => {
      const at = owner.fetches.indexOf(fetch);
      if (at >= 0) owner.fetches.splice(at, 1);
      if (owner.fetches.length === 0) this.stop(ticketId, owner);
    };
  }

  /** Pollers running on this instance (for tests and metrics). */
  get size(): number {
    return this.pollers.size;
  }

  /** Stops every poller (shutdown). */
  close(): void {
    for (const [ticketId, poller] of this.pollers) this.stop(ticketId, poller);
  }

  private stop(ticketId: string, poller: Poller): void {
    clearTimeout(poller.timer);
    poller.fetches.length = 0;
    if (this.pollers.get(ticketId) === poller) this.pollers.delete(ticketId);
  }

  private schedule(ticketId: string, poller: Poller, delayMs: number): void {
    poller.timer = setTimeout(() => void this.poll(ticketId, poller), delayMs);
    poller.timer.unref();
  }

  private async poll(ticketId: string, poller: Poller): Promise<void> {
    const fetch = poller.fetches.at(-1);
    if (!fetch || this.pollers.get(ticketId) !== poller) return;
    try {
      if ((await this.deps.states.get(ticketId)) === undefined) {
        const ticket = await fetch();
        if (ticket && isFinal(ticket)) {
          await this.deps.states.putFinal(ticket);
          this.deps.pubsub.publish(Topic.SupportTicketChanged, ticketId, { ticketId });
          this.deps.logger.info('tickets: reconciled by polling', { ticketId, status: ticket.status });
        }
      }
    } catch (error) {
      this.deps.logger.debug('tickets: a reconciliation poll failed', { ticketId, error: (error as Error).message });
    }
    if (this.pollers.get(ticketId) === poller && poller.fetches.length > 0) this.schedule(ticketId, poller, this.deps.intervalMs);
  }
}
