import { isCalendarDay } from '../../lib/calendar.js';
import { DATE_TEXT, UTC_DATE_TIME_TEXT } from '../../lib/patterns.js';
import { textScalar } from './string-scalar.js';

/** True for a UTC date-time whose date exists and whose clock is on a 24-hour dial. */
function isDateTime(text: string): boolean {
  if (!UTC_DATE_TIME_TEXT.test(text) || !isCalendarDay(text.slice(0, 10))) return false;
  const [h, m, s] = [Number(text.slice(11, 13)), Number(text.slice(14, 16)), Number(text.slice(17, 19))];
  return h <= 23 && m <= 59 && s <= 59;
}

/** A UTC date-time, fractions of a second up to nanoseconds. */
export const DateTimeScalar = textScalar({
  name: 'DateTime',
  description: 'ISO-8601 date-time in UTC, e.g. 2023-05-02T03:09:17Z (fractions of a second allowed).',
  example: '2023-05-02T03:09:17Z',
  maxLength: 30,
  parse: (text) => (isDateTime(text) ? text : undefined),
  isOutput: isDateTime,
});

/** A calendar date. */
export const DateScalar = textScalar({
  name: 'Date',
  description: 'Calendar date, YYYY-MM-DD.',
  example: '2023-05-02',
  maxLength: 10,
  parse: (text) => (DATE_TEXT.test(text) && isCalendarDay(text) ? text : undefined),
  isOutput: (value) => DATE_TEXT.test(value) && isCalendarDay(value),
});
