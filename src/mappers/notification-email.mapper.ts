import type { NotificationEmailDto } from '../datasources/payments/participant.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { isEmailAddress } from '../lib/email-address.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** An email address as a client gave it: trimmed, and checked where it enters. */
export function toEmailAddress(email: string, field = 'email'): string {
  const text = email.trim();
  if (!isEmailAddress(text)) throw new BadUserInputError(`"${field}" is not an email address (like name@example.com).`);
  return text;
}

/**
 * The body of addNotificationEmail: an address, or a user id whose profile email the
 * upstream reads. Exactly one of them.
 */
export function toNotificationEmailDto(email: string | null | undefined, userId: string | null | undefined): NotificationEmailDto {
  const hasEmail = email !== null && email !== undefined;
  const hasUser = userId !== null && userId !== undefined;
  if (hasEmail === hasUser) throw new BadUserInputError('Give either "email" or "userId" (exactly one).');
  return hasEmail ? { email: toEmailAddress(email) } : { user_id: toUpstreamId(userId!, 'userId') };
}
