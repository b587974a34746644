import { SimHttpError } from '../http/errors.js';

/**
 * An error of the ticket service: the payments service's error keys (so the gateway reads
 * both the same way) plus the numeric `code` seed 001 speaks of (20061: tickets disabled).
 */
export class TicketServiceError extends SimHttpError {
  constructor(
    status: number,
    errorId: string,
    message: string,
    readonly code: number | null = null,
  ) {
    super(status, errorId, message);
  }

  override body(): Buffer {
    return Buffer.from(JSON.stringify({ error: this.message, error_id: this.errorId, code: this.code }));
  }
}

/** 400: the request is invalid; the message says what to fix. */
export function ticketBadRequest(errorId: string, message: string): TicketServiceError {
  return new TicketServiceError(400, errorId, message);
}

/** 401: no credentials, unknown ones, or expired ones. */
export function ticketUnauthorized(message = 'Unauthorized'): TicketServiceError {
  return new TicketServiceError(401, 'tickets-unauthorized', message);
}

/** 403 with code 20061: support tickets are not enabled for the account (seed 001). */
export function ticketsDisabled(): TicketServiceError {
  return new TicketServiceError(403, 'tickets-disabled', 'Support tickets are not enabled for this account.', 20061);
}

/** 404: no such ticket under the caller's MID. */
export function ticketNotFound(): TicketServiceError {
  return new TicketServiceError(404, 'tickets-not_found', 'Ticket not found');
}
