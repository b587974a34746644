import { BadUserInputError } from '../errors/gateway-errors.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import { INTEGER_TEXT } from '../lib/patterns.js';

/**
 * Coin amounts: integer base units (1 coin = 10^18) as exact decimal text. The upstream
 * sends them as digit strings, as `0`, or as JSON numbers past 2^53, which the lossless
 * parser keeps as digit strings; all of them come out digit for digit. They are compared
 * as BigInt, never through `Number`.
 */

/** Integer text without leading zeros; "-0" is "0". */
function canonical(text: string): string {
  const negative = text.startsWith('-');
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, '');
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** The exact integer text of an upstream coin value, or null when it is not one (a float, "1.5", garbage). */
export function coinText(value: unknown): string | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? canonical(String(value)) : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return INTEGER_TEXT.test(text) ? canonical(text) : null;
}

/** A coin value the graph promises; anything but a whole number is the upstream's fault. */
export function toCoins(value: unknown, what: string): string {
  const text = coinText(value);
  if (text === null) throw new UpstreamShapeError('payments', `${what} is not a whole number of coin units`);
  return text;
}

/** An optional coin value: null when absent, else as {@link toCoins}. */
export function toOptionalCoins(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : toCoins(value, what);
}

/** Compares two coin texts exactly (-1, 0 or 1). */
export function compareCoins(a: string, b: string): -1 | 0 | 1 {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** A client's Coins argument that must be positive (an amount to move); BAD_USER_INPUT naming it otherwise. */
export function positiveCoins(text: string, name: string): string {
  const value = canonical(text);
  if (compareCoins(value, '0') <= 0) throw new BadUserInputError(`"${name}" must be more than 0 coin units; got ${value}.`);
  return value;
}
