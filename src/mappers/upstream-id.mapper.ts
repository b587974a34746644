import { BadUserInputError } from '../errors/gateway-errors.js';

/** An upstream id: visible ASCII, no spaces, at most 256 characters (ids are URNs such as urn:authenticateit:participant:735879621218609). */
const UPSTREAM_ID = /^[\x21-\x7E]{1,256}$/;

/**
 * An id a client gave for the upstream (a participant id, a user id), checked where it
 * enters: before it reaches a URL, a query or a body. BAD_USER_INPUT names the argument.
 */
export function toUpstreamId(value: string, field: string): string {
  const text = value.trim();
  if (!UPSTREAM_ID.test(text)) throw new BadUserInputError(`"${field}" is not a valid id: 1 to 256 visible characters, no spaces.`);
  return text;
}
