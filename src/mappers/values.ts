/** Conversions of single upstream values into the graph's scalar shapes; pure. */

const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
/** The upstream's "no date" value. */
const PLACEHOLDER_YEAR = '0000-';

/** Expands a JS number's exponent form ("1e+21", "5e-7") into plain digits. */
function plainDigits(n: number): string {
  const text = String(n);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, lead, frac = '', expText] = match;
  const exp = Number(expText);
  const digits = `${lead}${frac}`;
  if (exp >= 0) {
    const whole = digits.padEnd(exp + 1, '0');
    const rest = digits.slice(exp + 1);
    return `${sign}${whole.slice(0, exp + 1)}${rest ? `.${rest}` : ''}`;
  }
  return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
}

/**
 * An exact decimal string from an upstream amount: a JSON number, a digit string kept by
 * the lossless parser, or a string such as "415.00". Never goes through a float when the
 * upstream sent text; returns null for a value that is not a decimal number.
 */
export function toDecimal(value: unknown): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? plainDigits(value) : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? trimmed : null;
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

/** A UTC ISO-8601 date-time; null for absent, unparsable and placeholder (0000-01-01) values. */
export function toDateTime(value: unknown): string | null {
  if (typeof value !== 'string' || !DATE_TIME.test(value) || value.startsWith(PLACEHOLDER_YEAR)) return null;
  if (value.endsWith('Z')) return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** A YYYY-MM-DD date; a date-time keeps its date part; null for absent or placeholder values. */
export function toDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.startsWith(PLACEHOLDER_YEAR)) return null;
  const day = value.slice(0, 10);
  return DATE.test(day) ? day : null;
}

/** Upper-case currency code ("aud" and "AUD" both become "AUD"). */
export function toCurrency(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().toUpperCase() : null;
}
