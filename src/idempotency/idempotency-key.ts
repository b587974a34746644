import { BadUserInputError } from '../errors/gateway-errors.js';

/** Longest idempotency key accepted; a UUID is 36 characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** Visible ASCII only: no spaces, no control characters, nothing that could be read two ways. */
const KEY_TEXT = /^[\x21-\x7E]+$/;

/**
 * A client's idempotencyKey, checked where it enters, before anything is read or stored:
 * 1 to 255 visible ASCII characters. Anything else is BAD_USER_INPUT.
 */
export function checkIdempotencyKey(key: string): string {
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH || !KEY_TEXT.test(key)) {
    throw new BadUserInputError(
      `"idempotencyKey" must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters (no spaces); a UUID is a good choice.`,
    );
  }
  return key;
}
