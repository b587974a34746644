import { BadUserInputError } from '../errors/gateway-errors.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** Most ids one removal may name: a user has a handful of accounts; this bounds the body. */
export const MAX_ACCOUNT_IDS = 100;
/** Longest account description accepted. */
export const MAX_DESCRIPTION_LENGTH = 256;

/**
 * The ids of a removal, checked where they enter: at least one, at most
 * {@link MAX_ACCOUNT_IDS}, each a valid upstream id; repeats are sent once.
 */
export function toAccountIds(ids: readonly string[], name: string): string[] {
  if (ids.length === 0) throw new BadUserInputError(`"${name}" must name at least one account.`);
  if (ids.length > MAX_ACCOUNT_IDS) throw new BadUserInputError(`"${name}" may name at most ${MAX_ACCOUNT_IDS} accounts; got ${ids.length}.`);
  return [...new Set(ids.map((id) => toUpstreamId(id, name)))];
}

/** An account description: at most {@link MAX_DESCRIPTION_LENGTH} characters of well-formed text; null stays null. */
export function toDescription(text: string | null | undefined, name: string): string | null {
  if (text === null || text === undefined) return null;
  if (text.length > MAX_DESCRIPTION_LENGTH || !text.isWellFormed()) {
    throw new BadUserInputError(`"${name}" must be text of at most ${MAX_DESCRIPTION_LENGTH} characters.`);
  }
  return text;
}
