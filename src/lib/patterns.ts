/**
 * The text shapes the gateway recognises, written once: scalars, guards and mappers all
 * test values against these, so "a decimal" means the same thing everywhere.
 */

/** An integer in plain decimal text, optionally negative: "0", "-1980490000000000000000". */
export const INTEGER_TEXT = /^-?\d+$/;

/** A decimal number in plain text, no exponent: "219.03", "-0.06", "415.00". */
export const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/** A decimal number with an exponent, as JSON may write it: "6.145e-21", "1E+21". */
export const SCIENTIFIC_TEXT = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;

/** A calendar date: YYYY-MM-DD. */
export const DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A UTC date-time with up to nanosecond fractions (the retail-connect statuses send nine
 * digits): 2023-05-02T03:04:58.413407298Z.
 */
export const UTC_DATE_TIME_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;

/** A date-time with a UTC offset instead of Z, as some upstreams send it. */
export const OFFSET_DATE_TIME_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * A credential as it may travel in an HTTP header: visible ASCII only, bounded. A newline
 * or a character above U+00FF is not a legal header value, and got would throw on it
 * before sending.
 */
export const CREDENTIAL_TEXT = /^[\x21-\x7E]{1,1024}$/;
