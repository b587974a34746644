/**
 * The ticket service's JSON as the simulator sends it. Seed 001 names `ticketId`,
 * `status` and `issueKey` (camelCase); seed 000 names `uploadedDocuments`; the other
 * fields are the simulator's choice, in the same style.
 */

/** Lifecycle of a ticket (seed 001). */
export type TicketStatus = 'PENDING' | 'CREATED' | 'FAILED';

/** Ticket kinds: a plain ticket, or the review of a deposit (seed 000's "deposit review tickets"). */
export type TicketKind = 'GENERAL' | 'DEPOSIT_REVIEW';

/** Typed documents of seed 000. */
export const DOCUMENT_TYPES = ['VOUCHER', 'ID_DOCUMENT', 'BANK_STATEMENT'] as const;
/** One of {@link DOCUMENT_TYPES}. */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** A file attached to a ticket: a plain attachment (type null) or a typed document. */
export interface SimDocument {
  documentId: string;
  type: DocumentType | null;
  fileName: string;
  contentType: string;
  size: number;
  uploadedAt: string;
}

/** A ticket as Create and Retrieve Support Ticket answer it. */
export interface SimTicketDto {
  ticketId: string;
  status: TicketStatus;
  issueKey: string | null;
  kind: TicketKind;
  customerId: string;
  title: string;
  description: string;
  depositId: string | null;
  createdAt: string;
  updatedAt: string;
  failureReason: string | null;
  uploadedDocuments: SimDocument[];
}

/** A ticket as stored: its answer and the MID it belongs to (never sent). */
export interface SimTicket extends SimTicketDto {
  mid: string;
}

/** The answer without what only the simulator keeps. */
export function ticketDto(ticket: SimTicket): SimTicketDto {
  const { mid: _mid, ...dto } = ticket;
  return dto;
}
