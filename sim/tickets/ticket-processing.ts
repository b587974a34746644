import type { SimConfig } from '../control/config-flags.js';
import type { SimSettings } from '../settings.js';
import { processTicket } from './ticket-create.rules.js';
import type { TicketsState } from './tickets.state.js';
import { deliverWebhook, ticketEvent } from './webhook-sender.js';

/**
 * Processes a new ticket in the background after `ticketProcessingMs` (seed 001: the
 * reference becomes available once processing finishes), then tells the webhook URL.
 */
export function scheduleProcessing(state: TicketsState, ticketId: string, config: SimConfig, settings: SimSettings): void {
  const retryBaseMs = config.webhookRetryBaseMs;
  state.jobs.after(config.ticketProcessingMs, () => {
    const ticket = state.tickets.get(ticketId);
    if (!ticket || ticket.status !== 'PENDING') return;
    processTicket(state, ticket, new Date());
    deliverWebhook(state.jobs, settings, ticketEvent(ticket), retryBaseMs);
  });
}
