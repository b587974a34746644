import { BadUserInputError } from '../errors/gateway-errors.js';

/** Free text on one line: no control characters (line breaks included). */
const LINE = /^[^\p{Cc}]*$/u;

/**
 * A required piece of free text a client gave (a bank name, a description), checked where it
 * enters: trimmed, not blank, at most `max` characters, one line, well formed. BAD_USER_INPUT
 * names the argument otherwise.
 */
export function checkLine(name: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length === 0 || text.length > max || !text.isWellFormed() || !LINE.test(text)) {
    throw new BadUserInputError(`"${name}" must be 1 to ${max} characters on one line.`);
  }
  return text;
}

/** An optional piece of free text: absent, null or blank is left out; anything else as {@link checkLine}. */
export function optionalLine(name: string, value: string | null | undefined, max: number): string | undefined {
  return value === null || value === undefined || value.trim() === '' ? undefined : checkLine(name, value, max);
}

/** A list argument's length, checked before its items are used: 1 to `max`. */
export function checkListSize<T>(name: string, items: readonly T[], max: number): readonly T[] {
  if (items.length === 0 || items.length > max) throw new BadUserInputError(`"${name}" must list 1 to ${max} items.`);
  return items;
}
