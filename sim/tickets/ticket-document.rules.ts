import type { MultipartForm, ReceivedFile } from './multipart-form.js';
import { DOCUMENT_TYPES, type DocumentType, type SimDocument, type SimTicket } from './ticket.dto.js';
import { TicketServiceError, ticketBadRequest } from './ticket-errors.js';
import { checkExtensions } from './ticket-limits.js';
import type { TicketsState } from './tickets.state.js';

/** A document record for a received file. */
export function newDocument(state: TicketsState, type: DocumentType | null, file: ReceivedFile, at: string): SimDocument {
  return { documentId: `doc_${++state.documentSeq}`, type, fileName: file.fileName, contentType: file.contentType, size: file.size, uploadedAt: at };
}

/** Validates an attach-document request: a `type` of seed 000's list and exactly one `file`. */
export function parseDocumentUpload(form: MultipartForm): { type: DocumentType; file: ReceivedFile } {
  const type = form.fields.get('type');
  if (!DOCUMENT_TYPES.includes(type as DocumentType)) {
    throw ticketBadRequest('tickets-bad_document_type', `"type" must be one of ${DOCUMENT_TYPES.join(', ')}`);
  }
  const [file, ...more] = form.files;
  if (!file || more.length > 0 || file.field !== 'file') throw ticketBadRequest('tickets-bad_request', 'Send exactly one file, in the "file" field');
  checkExtensions([file]);
  return { type: type as DocumentType, file };
}

/**
 * Attaches a typed document. Note: a ticket has at most one voucher (seed 000 asks to check
 * `uploadedDocuments` before uploading a duplicate): a second one is a 409.
 */
export function attachDocument(state: TicketsState, ticket: SimTicket, type: DocumentType, file: ReceivedFile, now: Date): void {
  if (type === 'VOUCHER' && ticket.uploadedDocuments.some((doc) => doc.type === 'VOUCHER')) {
    throw new TicketServiceError(409, 'tickets-duplicate_voucher', 'The ticket already has a voucher');
  }
  ticket.uploadedDocuments.push(newDocument(state, type, file, now.toISOString()));
  ticket.updatedAt = now.toISOString();
}
