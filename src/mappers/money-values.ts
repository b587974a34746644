/** Conversions of coin and cent amounts, exact: never through a float. */
import { INTEGER_TEXT } from '../lib/patterns.js';
import { toDecimal } from './values.js';

/** The largest value of a GraphQL Int: amounts in cents beyond it cannot be served as Int. */
const MAX_INT = 2_147_483_647n;

/** A plain decimal without trailing fractional zeros ("510.00" → "510"). */
function trimmed(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Coin base units as exact integer text, digit for digit; null for anything that is not a whole number. */
export function toCoins(value: unknown): string | null {
  const text = toDecimal(value);
  if (text === null) return null;
  const whole = trimmed(text).replace(/^(-?)0+(?=\d)/, '$1');
  return INTEGER_TEXT.test(whole) ? (whole === '-0' ? '0' : whole) : null;
}

/** A whole, non-negative number of cents that fits a GraphQL Int; null otherwise. */
export function toCents(value: unknown): number | null {
  const text = toCoins(value);
  if (text === null || text.startsWith('-')) return null;
  const cents = BigInt(text);
  return cents <= MAX_INT ? Number(cents) : null;
}

/**
 * Cents of an amount in currency units, exactly: "5.1" → 510, 22 → 2200, 5.1 (a JSON
 * number) → 510 as well, since its shortest text is "5.1" (5.1 * 100 would be 509.99…).
 * Null for a negative amount, fractions of a cent, or more than an Int holds.
 */
export function unitsToCents(value: unknown): number | null {
  const text = toDecimal(value);
  if (text === null || text.startsWith('-')) return null;
  const [whole = '0', frac = ''] = trimmed(text).split('.');
  if (frac.length > 2) return null;
  return toCents(`${whole}${frac.padEnd(2, '0')}`);
}
