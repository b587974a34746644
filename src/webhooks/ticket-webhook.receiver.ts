import type { Logger } from '../lib/logger.js';
import type { Metrics } from '../lib/metrics.js';
import { parseLosslessJson } from '../lib/lossless-json.js';
import type { GatewayPubSub } from '../pubsub/gateway-pubsub.js';
import { Topic } from '../pubsub/topics.js';
import { isTicketEventDto } from './ticket-event.js';
import { isFinal, type TicketStates } from './ticket-states.js';
import { verifyWebhookSignature } from './webhook-signature.js';

/** The HTTP answer to a webhook delivery. */
export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** What the receiver needs from the process. */
export interface TicketWebhookDeps {
  /** WEBHOOK_SECRET; without it no delivery can be verified, so none is accepted. */
  secret: string | undefined;
  states: TicketStates;
  pubsub: GatewayPubSub;
  logger: Logger;
  metrics: Metrics;
}

/** How a delivery ended, as counted in gateway_webhook_deliveries_total. */
type Outcome = 'stored' | 'duplicate' | 'ignored' | 'refused' | 'malformed' | 'store_failed';

/**
 * Receives the ticket service's Support Ticket webhook events (`POST
 * /webhooks/support-tickets`): verify the signature, then keep the ticket's final state,
 * then publish, then acknowledge. Only a stored state is acknowledged (2xx): anything
 * that fails before that answers 503, and the sender retries. A repeated event id is
 * acknowledged without a second publish.
 */
export class TicketWebhookReceiver {
  private lastUnconfiguredLog = 0;

  constructor(private readonly deps: TicketWebhookDeps) {}

  async receive(body: string, signature: string | undefined): Promise<WebhookAnswer> {
    const [outcome, answer] = await this.handle(body, signature);
    this.deps.metrics.inc('gateway_webhook_deliveries_total', { outcome });
    return answer;
  }

  private async handle(body: string, signature: string | undefined): Promise<[Outcome, WebhookAnswer]> {
    const { secret, states, pubsub, logger } = this.deps;
    if (secret === undefined) {
      if (Date.now() - this.lastUnconfiguredLog > 60_000) {
        this.lastUnconfiguredLog = Date.now();
        logger.warn('webhooks: a delivery was refused because WEBHOOK_SECRET is not set');
      }
      return ['refused', { status: 401, body: { error: 'webhook signatures cannot be verified here' } }];
    }
    const verdict = verifyWebhookSignature(secret, body, signature);
    if (!verdict.ok) {
      logger.info('webhooks: delivery refused', { reason: verdict.reason });
      return ['refused', { status: 401, body: { error: verdict.reason } }];
    }
    let event: unknown;
    try {
      event = parseLosslessJson(body);
    } catch {
      return ['malformed', { status: 400, body: { error: 'the body is not JSON' } }];
    }
    if (!isTicketEventDto(event)) return ['malformed', { status: 400, body: { error: 'not a support ticket event' } }];
    // Only final states are events of seed 001 (CREATED or FAILED); anything else changes nothing.
    if (!isFinal(event.data)) return ['ignored', { status: 200, body: { ok: true, ignored: true } }];
    try {
      await states.putFinal(event.data);
      if (!(await states.claimEvent(event.id))) return ['duplicate', { status: 200, body: { ok: true, duplicate: true } }];
    } catch (error) {
      logger.warn('webhooks: could not store a ticket state; the sender will retry', { error: (error as Error).message });
      return ['store_failed', { status: 503, body: { error: 'could not store the event; retry' } }];
    }
    pubsub.publish(Topic.SupportTicketChanged, event.data.ticketId, { ticketId: event.data.ticketId });
    logger.info('webhooks: ticket state stored', { ticketId: event.data.ticketId, status: event.data.status });
    return ['stored', { status: 200, body: { ok: true } }];
  }
}
