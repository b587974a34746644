import type { JsonNumber } from '../../lib/guard.js';

/**
 * Upstream JSON of the support-ticket service, as sent. Seed 001 names `ticketId`,
 * `status` and `issueKey` and seed 000 `uploadedDocuments`, in camelCase; the OAuth2
 * token answer is RFC 6749's snake_case.
 */

/** Lifecycle of a ticket (seed 001). */
export type TicketStatusDto = 'PENDING' | 'CREATED' | 'FAILED';

/** A file attached to a ticket; `type` is null for a plain attachment. */
export interface TicketDocumentDto {
  documentId: string;
  type?: string | null;
  fileName: string;
  contentType?: string | null;
  size?: JsonNumber | null;
  uploadedAt?: string | null;
}

/**
 * A ticket as Retrieve Support Ticket answers it and the webhook events carry it. Create
 * answers (202) with at least `ticketId`, `status` PENDING and `issueKey` null.
 */
export interface SupportTicketDto {
  ticketId: string;
  status: TicketStatusDto;
  issueKey?: string | null;
  kind?: string | null;
  customerId?: string | null;
  title?: string | null;
  description?: string | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  failureReason?: string | null;
  uploadedDocuments?: TicketDocumentDto[] | null;
}

/** The merchant-panel context: the user, the MID they act under and the MIDs they belong to (seed 000). */
export interface MerchantContextDto {
  email: string;
  mid: string;
  mids: string[];
}

/** The Login Endpoint's answer: the context, and the BEARER_TOKEN in a cookie. */
export interface MerchantLoginAnswer {
  body: MerchantContextDto;
  headers: { 'set-cookie': string[] };
}

/** POST /oauth2/token/ (client credentials grant, RFC 6749 §4.4.3). */
export interface AccessTokenDto {
  access_token: string;
  token_type: string;
  expires_in: JsonNumber;
}

/** Create Support Ticket's text fields, checked by the gateway, in the order they go upstream. */
export interface CreateTicketRequest {
  readonly customerId: string;
  readonly title: string;
  readonly description: string;
  readonly kind: string;
  readonly depositId: string | null;
}
