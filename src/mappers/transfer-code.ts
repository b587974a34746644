import { BadUserInputError } from '../errors/gateway-errors.js';

/** A UUID in its usual text form, any case. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The code of a moderator's approve/reject link (seed 003: "Code UUID"), checked before it
 * reaches a URL: anything but a UUID is BAD_USER_INPUT and nothing is sent. Lower-cased, so
 * that one code is always one path.
 */
export function toTransferCode(code: string): string {
  if (!UUID.test(code)) throw new BadUserInputError('"code" must be the UUID of an approve/reject link, such as 9f5885f7-b013-440c-b86e-a247fc8d6ba2.');
  return code.toLowerCase();
}
