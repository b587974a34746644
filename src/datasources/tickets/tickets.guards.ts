import { arrayOf, intLike, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import { isTicketId } from './ticket-id.js';
import type { AccessTokenDto, MerchantContextDto, MerchantLoginAnswer, SupportTicketDto, TicketDocumentDto } from './tickets.dto.js';

/**
 * Checks of the ticket service's answers (and webhook events), run before anything is
 * stored, published or mapped. Every field the graph reads is checked here; the ticket id
 * is checked as an id, since it becomes a key and a channel name.
 */

/** One document of a ticket. */
export const isTicketDocumentDto: Guard<TicketDocumentDto> = obj({
  documentId: str,
  type: opt(str),
  fileName: str,
  contentType: opt(str),
  size: opt(intLike),
  uploadedAt: opt(str),
});

/** A ticket (Create's 202, Retrieve, the webhook event's data). */
export const isSupportTicketDto: Guard<SupportTicketDto> = obj({
  ticketId: isTicketId,
  status: oneOf('PENDING', 'CREATED', 'FAILED'),
  issueKey: opt(str),
  kind: opt(str),
  customerId: opt(str),
  title: opt(str),
  description: opt(str),
  createdAt: opt(str),
  updatedAt: opt(str),
  failureReason: opt(str),
  uploadedDocuments: opt(arrayOf(isTicketDocumentDto)),
});

/** The merchant-panel context. */
export const isMerchantContextDto: Guard<MerchantContextDto> = obj({ email: str, mid: str, mids: arrayOf(str) });

/** Login: the context and its cookies. */
export const isMerchantLoginAnswer: Guard<MerchantLoginAnswer> = obj({
  body: isMerchantContextDto,
  headers: obj({ 'set-cookie': arrayOf(str) }),
});

/** An OAuth2 access token answer. */
export const isAccessTokenDto: Guard<AccessTokenDto> = obj({ access_token: str, token_type: str, expires_in: intLike });
