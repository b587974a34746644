import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeError } from '../errors/gateway-errors.js';
import type { Logger } from '../lib/logger.js';
import type { TicketWebhookReceiver } from '../webhooks/ticket-webhook.receiver.js';
import { SIGNATURE_HEADER } from '../webhooks/webhook-signature.js';
import { readBody } from './read-body.js';

/** The gateway's webhook path (DESIGN.md "Fixed names"). */
export const TICKET_WEBHOOK_PATH = '/webhooks/support-tickets';

/** A webhook event is a ticket, a few kilobytes; anything far larger is not one. */
const MAX_WEBHOOK_BYTES = 256 * 1024;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Serves `POST /webhooks/support-tickets`: the raw body, bounded, and the signature header go to the receiver. */
export function createTicketWebhookHandler(receiver: TicketWebhookReceiver, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendJson(res, 405, { error: 'POST only' });
    }
    let body: string;
    try {
      body = await readBody(req, MAX_WEBHOOK_BYTES);
    } catch (err) {
      if (err instanceof PayloadTooLargeError) return sendJson(res, 413, { error: 'body too large' });
      logger.info('webhooks: the body could not be read', { error: (err as Error).message });
      return sendJson(res, 400, { error: 'the body could not be read' });
    }
    const header = req.headers[SIGNATURE_HEADER];
    const answer = await receiver.receive(body, Array.isArray(header) ? header[0] : header);
    sendJson(res, answer.status, answer.body);
  };
}
