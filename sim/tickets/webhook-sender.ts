import { createHmac, randomUUID } from 'node:crypto';
import type { SimSettings } from '../settings.js';
import { ticketDto, type SimTicket, type SimTicketDto } from './ticket.dto.js';
import type { TicketJobs } from './ticket-jobs.js';

/** Header carrying the webhook signature: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'x-webhook-signature';

/** A Support Ticket webhook event: the ticket as Retrieve Support Ticket answers it. */
export interface TicketEvent {
  id: string;
  type: 'support_ticket.created' | 'support_ticket.failed';
  createdAt: string;
  data: SimTicketDto;
}

const MAX_ATTEMPTS = 10;
const MAX_DELAY_MS = 10_000;
const ATTEMPT_TIMEOUT_MS = 5000;

/** The event for a ticket that reached CREATED or FAILED; one id for every delivery attempt. */
export function ticketEvent(ticket: SimTicket): TicketEvent {
  return {
    id: `evt_${randomUUID()}`,
    type: ticket.status === 'FAILED' ? 'support_ticket.failed' : 'support_ticket.created',
    createdAt: new Date().toISOString(),
    data: ticketDto(ticket),
  };
}

/** The signature header's value for a body sent at `unixSeconds`. */
export function signWebhook(secret: string, body: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/**
 * POSTs the event to the webhook URL, signed afresh for each attempt (the timestamp is the
 * attempt's), and retries with exponential backoff (base, 2×base, … up to 10 s) while the
 * receiver does not answer 2xx, at most ten attempts in all. Unsigned when no secret is set.
 */
export function deliverWebhook(jobs: TicketJobs, settings: SimSettings, event: TicketEvent, baseDelayMs: number, attempt = 0): void {
  void (async () => {
    const body = JSON.stringify(event);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (settings.webhookSecret !== undefined) headers[SIGNATURE_HEADER] = signWebhook(settings.webhookSecret, body, Math.floor(Date.now() / 1000));
    try {
      const signal = AbortSignal.any([jobs.signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]);
      const res = await fetch(settings.webhookUrl, { method: 'POST', headers, body, signal });
      await res.body?.cancel();
      if (res.ok) return;
    } catch {
      // Refused, reset or timed out: retried below like a non-2xx answer.
    }
    if (jobs.signal.aborted || attempt + 1 >= MAX_ATTEMPTS) return;
    const delay = Math.min(baseDelayMs * 2 ** attempt, MAX_DELAY_MS);
    jobs.after(delay, () => deliverWebhook(jobs, settings, event, baseDelayMs, attempt + 1));
  })();
}
