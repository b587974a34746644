import type { SupportTicketDto, TicketDocumentDto } from '../datasources/tickets/tickets.dto.js';
import { DocumentType, SupportTicketKind, SupportTicketStatus } from '../types/support-ticket.enums.js';
import type { SupportTicket, TicketDocument } from '../types/support-ticket.type.js';
import { toDateTime, toInt } from './values.js';

/** What the client sent, for the fields Create's 202 may leave out (seed 001 promises three). */
export interface TicketFallback {
  readonly customerId: string;
  readonly title: string;
  readonly description: string;
  readonly kind: SupportTicketKind;
}

function documentType(value: string | null | undefined): DocumentType | null {
  return value !== null && value !== undefined && Object.hasOwn(DocumentType, value) ? DocumentType[value as keyof typeof DocumentType] : null;
}

/** The kind as sent; an unknown one is GENERAL, an absent one what the client asked for. */
function ticketKind(value: string | null | undefined, fallback: TicketFallback | undefined): SupportTicketKind {
  if (value === SupportTicketKind.DEPOSIT_REVIEW) return SupportTicketKind.DEPOSIT_REVIEW;
  return value ? SupportTicketKind.GENERAL : (fallback?.kind ?? SupportTicketKind.GENERAL);
}

/** One document; a type outside seed 000's list is shown as a plain attachment (null). */
export function toTicketDocument(dto: TicketDocumentDto): TicketDocument {
  return {
    id: dto.documentId,
    type: documentType(dto.type),
    fileName: dto.fileName,
    contentType: dto.contentType ?? null,
    size: toInt(dto.size),
    uploadedAt: toDateTime(dto.uploadedAt),
  };
}

/**
 * A ticket of the graph from the ticket service's answer. `fallback` fills what Create's
 * 202 may omit (title, description, kind, customer); `issueKey` is null until CREATED
 * whatever the upstream sends, since seed 001 says so.
 */
export function toSupportTicket(dto: SupportTicketDto, fallback?: TicketFallback): SupportTicket {
  return {
    id: dto.ticketId,
    status: SupportTicketStatus[dto.status],
    issueKey: dto.status === 'CREATED' ? (dto.issueKey ?? null) : null,
    kind: ticketKind(dto.kind, fallback),
    customerId: dto.customerId ?? fallback?.customerId ?? null,
    title: dto.title ?? fallback?.title ?? null,
    description: dto.description ?? fallback?.description ?? null,
    createdAt: toDateTime(dto.createdAt),
    updatedAt: toDateTime(dto.updatedAt),
    failureReason: dto.status === 'FAILED' ? (dto.failureReason ?? null) : null,
    uploadedDocuments: (dto.uploadedDocuments ?? []).map(toTicketDocument),
  };
}
