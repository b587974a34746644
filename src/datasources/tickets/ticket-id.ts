import { BadUserInputError } from '../../errors/gateway-errors.js';

/**
 * What a ticket id may look like: bounded, no spaces or separators. Ids end up in URLs,
 * Redis keys and pub/sub channels, so one is checked where it enters, from a client, an
 * upstream answer or a webhook alike.
 */
export const TICKET_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** True for a well-formed ticket id. */
export function isTicketId(value: unknown): value is string {
  return typeof value === 'string' && TICKET_ID.test(value);
}

/** The id, or BAD_USER_INPUT naming the argument. */
export function checkTicketId(id: string, argument = 'ticketId'): string {
  if (!isTicketId(id)) throw new BadUserInputError(`"${argument}" is not a ticket id.`);
  return id;
}
