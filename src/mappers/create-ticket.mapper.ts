import { BadUserInputError } from '../errors/gateway-errors.js';
import { SupportTicketKind } from '../types/support-ticket.enums.js';
import type { CreateSupportTicketInput } from '../types/support-ticket.input.js';
import { TICKET_TEXT_LIMITS } from '../uploads/upload-limits.js';
import type { TicketFallback } from './support-ticket.mapper.js';

/** Create Support Ticket's text fields, checked, in the order they go upstream. */
export interface CreateTicketFields extends TicketFallback {
  readonly depositId: string | null;
}

const ID_TEXT = /^[\x21-\x7E]{1,128}$/;

/** Text of 1 to `max` characters (code points, as the upstream counts), well formed. */
function text(name: string, value: string, max: number): string {
  const trimmed = value.trim();
  // Length first: counting code points of a megabyte of text is linear, but needless.
  if (trimmed.length > 2 * max || [...trimmed].length > max) throw new BadUserInputError(`"${name}" must be at most ${max} characters.`);
  if (trimmed === '') throw new BadUserInputError(`"${name}" must not be empty.`);
  if (!trimmed.isWellFormed()) throw new BadUserInputError(`"${name}" is not valid text.`);
  return trimmed;
}

function id(name: string, value: string): string {
  if (!ID_TEXT.test(value)) throw new BadUserInputError(`"${name}" must be 1 to 128 visible ASCII characters.`);
  return value;
}

/**
 * Checks createSupportTicket's text input against seed 001 before a single file byte is
 * read: title at most 240 and description at most 5000 characters, ids well formed, a
 * deposit named exactly for DEPOSIT_REVIEW tickets.
 */
export function toCreateTicketFields(input: CreateSupportTicketInput): CreateTicketFields {
  const kind = input.kind ?? SupportTicketKind.GENERAL;
  const depositId = input.depositId === null || input.depositId === undefined ? null : id('depositId', input.depositId);
  if (kind === SupportTicketKind.DEPOSIT_REVIEW && depositId === null) throw new BadUserInputError('A DEPOSIT_REVIEW ticket needs the depositId under review.');
  if (kind !== SupportTicketKind.DEPOSIT_REVIEW && depositId !== null) throw new BadUserInputError('depositId belongs to DEPOSIT_REVIEW tickets only.');
  return {
    customerId: id('customerId', input.customerId),
    title: text('title', input.title, TICKET_TEXT_LIMITS.title),
    description: text('description', input.description, TICKET_TEXT_LIMITS.description),
    kind,
    depositId,
  };
}
