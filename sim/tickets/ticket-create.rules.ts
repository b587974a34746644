import { randomBytes } from 'node:crypto';
import { DEMO_CUSTOMERS, DEMO_DEPOSITS } from './demo-data.js';
import type { MultipartForm, ReceivedFile } from './multipart-form.js';
import { newDocument } from './ticket-document.rules.js';
import type { SimTicket, TicketKind } from './ticket.dto.js';
import { ticketBadRequest } from './ticket-errors.js';
import { TICKET_LIMITS, checkExtensions } from './ticket-limits.js';
import type { TicketsState } from './tickets.state.js';

/** A Create Support Ticket request that passed validation. */
export interface NewTicketInput {
  readonly customerId: string;
  readonly title: string;
  readonly description: string;
  readonly kind: TicketKind;
  readonly depositId: string | null;
  readonly attachments: readonly ReceivedFile[];
}

function text(form: MultipartForm, name: string, max: number): string {
  const value = form.fields.get(name)?.trim() ?? '';
  if (value === '') throw ticketBadRequest('tickets-bad_request', `"${name}" is required`);
  if ([...value].length > max) throw ticketBadRequest('tickets-bad_request', `"${name}" must be at most ${max} characters`);
  return value;
}

/**
 * Validates Create Support Ticket (seed 001): the customer must exist and have an email on
 * file (else 400), title at most 240 and description at most 5000 characters, attachments
 * of the allowed extensions; a DEPOSIT_REVIEW ticket names a known deposit.
 */
export function parseCreateTicket(form: MultipartForm): NewTicketInput {
  const customerId = form.fields.get('customerId')?.trim() ?? '';
  const customer = DEMO_CUSTOMERS.get(customerId);
  if (!customer) throw ticketBadRequest('tickets-unknown_customer', 'The customer does not exist');
  if (customer.email === null) throw ticketBadRequest('tickets-customer_no_email', 'The customer has no email address on file');
  const title = text(form, 'title', TICKET_LIMITS.maxTitle);
  const description = text(form, 'description', TICKET_LIMITS.maxDescription);
  const kind = form.fields.get('kind') ?? 'GENERAL';
  if (kind !== 'GENERAL' && kind !== 'DEPOSIT_REVIEW') throw ticketBadRequest('tickets-bad_request', '"kind" must be GENERAL or DEPOSIT_REVIEW');
  const depositId = form.fields.get('depositId')?.trim() || null;
  if (kind === 'DEPOSIT_REVIEW' && (depositId === null || !DEMO_DEPOSITS.has(depositId))) {
    throw ticketBadRequest('tickets-unknown_deposit', 'A deposit review ticket needs a known depositId');
  }
  const attachments = form.files.filter((file) => file.field === 'attachments');
  if (attachments.length !== form.files.length) throw ticketBadRequest('tickets-bad_request', 'Files go in the "attachments" field');
  checkExtensions(attachments);
  return { customerId, title, description, kind, depositId: kind === 'DEPOSIT_REVIEW' ? depositId : null, attachments };
}

/**
 * Stores a new PENDING ticket under the caller's MID. A deposit review ticket gets the
 * deposit's voucher attached at once when one is on file (seed 000).
 */
export function createTicket(state: TicketsState, input: NewTicketInput, mid: string, now: Date): SimTicket {
  const at = now.toISOString();
  const documents = input.attachments.map((file) => newDocument(state, null, file, at));
  const voucher = input.depositId === null ? null : (DEMO_DEPOSITS.get(input.depositId)?.voucher ?? null);
  if (voucher) documents.unshift(newDocument(state, 'VOUCHER', { field: 'voucher', ...voucher }, at));
  const ticket: SimTicket = {
    ticketId: `tkt_${randomBytes(8).toString('hex')}`,
    status: 'PENDING',
    issueKey: null,
    kind: input.kind,
    customerId: input.customerId,
    title: input.title,
    description: input.description,
    depositId: input.depositId,
    createdAt: at,
    updatedAt: at,
    failureReason: null,
    uploadedDocuments: documents,
    mid,
  };
  state.tickets.set(ticket.ticketId, ticket);
  return ticket;
}

/** Registers a PENDING ticket with the support team: CREATED with the next SUP-<n>, or FAILED for a rejected customer. */
export function processTicket(state: TicketsState, ticket: SimTicket, now: Date): void {
  if (ticket.status !== 'PENDING') return;
  if (DEMO_CUSTOMERS.get(ticket.customerId)?.rejected) {
    ticket.status = 'FAILED';
    ticket.failureReason = 'The support system rejected the customer.';
  } else {
    ticket.status = 'CREATED';
    ticket.issueKey = `SUP-${++state.issueSeq}`;
  }
  ticket.updatedAt = now.toISOString();
}
