/** Conversions of single upstream values into the graph's scalar shapes; pure. */
import { isCalendarDay } from '../lib/calendar.js';
import { toPlainDecimal } from '../lib/decimal-text.js';
import { DATE_TEXT, OFFSET_DATE_TIME_TEXT } from '../lib/patterns.js';

/** The upstream's "no date" value. */
const PLACEHOLDER_YEAR = '0000-';

/**
 * An exact decimal string from an upstream amount: a JSON number, a digit string kept by
 * the lossless parser, or a string such as "415.00". Never goes through a float when the
 * upstream sent text; returns null for a value that is not a decimal number.
 */
export function toDecimal(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? toPlainDecimal(String(value)) : null;
  if (typeof value !== 'string') return null;
  return toPlainDecimal(value.trim());
}

/** A float from a JSON number or numeric string; null when absent or not a number. */
export function toFloat(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** An integer from a JSON number or numeric string; null when absent or not whole. */
export function toInt(value: unknown): number | null {
  const n = toFloat(value);
  return n !== null && Number.isSafeInteger(n) ? n : null;
}

/** `YYYY-MM-DDTHH:MM:SSZ`, the form nearly every upstream date-time takes. */
const UTC_SECONDS_TEXT = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

/** A UTC ISO-8601 date-time; null for absent, unparsable and placeholder (0000-01-01) values. */
export function toDateTime(value: unknown): string | null {
  if (typeof value !== 'string' || value.startsWith(PLACEHOLDER_YEAR)) return null;
  // Note: the common form is checked field by field: a Date round trip per record was 1.7 %
  // of a home screen's CPU (profile). It answers what the round trip below answers.
  if (UTC_SECONDS_TEXT.test(value)) return isCalendarDay(value) ? value : null;
  if (!OFFSET_DATE_TIME_TEXT.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  if (!value.endsWith('Z')) return new Date(ms).toISOString().replace('.000Z', 'Z');
  // Date.parse rolls 2018-02-30 over into March: a real date prints back the same.
  return new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19) ? value : null;
}

/** A YYYY-MM-DD date; a date-time keeps its date part; null for absent or placeholder values. */
export function toDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.startsWith(PLACEHOLDER_YEAR)) return null;
  const day = value.slice(0, 10);
  return DATE_TEXT.test(day) && isCalendarDay(day) ? day : null;
}

/** Upper-case currency code ("aud" and "AUD" both become "AUD"). */
export function toCurrency(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : null;
}
