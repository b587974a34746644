import { BadUserInputError } from '../errors/gateway-errors.js';
import { COMPARATORS } from './search-query.ast.js';

/** Longest piece of the client's own text quoted back in an error message. */
const MAX_QUOTED = 40;

/** The comparators, listed the way error messages offer them. */
export const COMPARATOR_LIST = COMPARATORS.map((c) => `"${c}"`).join(', ');

/** A BAD_USER_INPUT error about a search query, prefixed with the argument's name. */
export function searchQueryError(label: string, detail: string): BadUserInputError {
  return new BadUserInputError(`${label}: ${detail}`);
}

/**
 * A piece of the client's query, quoted for a message. Note: cut to a few dozen characters
 * so that one long value cannot blow up an error; JSON quoting keeps quotes and line
 * breaks in it readable.
 */
export function quoted(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : text);
}
