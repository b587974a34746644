import { isCalendarDay } from '../lib/calendar.js';
import { DATE_TEXT, INTEGER_TEXT, UTC_DATE_TIME_TEXT } from '../lib/patterns.js';
import type { SearchValue } from './search-query.fields.js';

/** Nine fractional digits: the finest the gateway's DateTime carries (nanoseconds). */
const FRACTION_DIGITS = 9;

/** An integer from a bigint or plain integer text; undefined otherwise. Never through Number. */
export function searchInteger(value: SearchValue): bigint | undefined {
  if (typeof value === 'bigint') return value;
  return typeof value === 'string' && INTEGER_TEXT.test(value) ? BigInt(value) : undefined;
}

/**
 * A date (`2022-01-01`, meaning 00:00 UTC that day) or a UTC date-time
 * (`2022-01-01T10:00:00Z`, up to nine fractional digits), as a fixed-width text that sorts
 * in time order: `2022-01-01T10:00:00.000000000`. Undefined for anything else, including
 * days that do not exist and other offsets than Z. Note: compared as text, not as a Date,
 * so nanoseconds are not rounded away.
 */
export function searchInstant(value: SearchValue): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.toUpperCase();
  if (DATE_TEXT.test(text)) return isCalendarDay(text) ? `${text}T00:00:00.${'0'.repeat(FRACTION_DIGITS)}` : undefined;
  if (!UTC_DATE_TIME_TEXT.test(text) || !isCalendarDay(text.slice(0, 10))) return undefined;
  const [hours, minutes, seconds] = [text.slice(11, 13), text.slice(14, 16), text.slice(17, 19)].map(Number);
  if (hours === undefined || minutes === undefined || seconds === undefined || hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return `${text.slice(0, 19)}.${text.slice(20, -1).padEnd(FRACTION_DIGITS, '0')}`;
}

/** Text from a text field's value (a bigint reads as its digits); undefined when absent. */
export function searchText(value: SearchValue): string | undefined {
  if (typeof value === 'bigint') return value.toString();
  return typeof value === 'string' ? value : undefined;
}
