import { isSafeNumber, parse } from 'lossless-json';
import { toPlainDecimal } from './decimal-text.js';

// Note: JSON.parse can only round a number token of 16+ digits (dots count too) or one
// with an exponent (1e400 becomes Infinity); texts without either take the native
// parser, which is ~10x faster. Digit runs inside strings only cost the slow path.
const RISKY_NUMBER = /\d[\d.]{15}|\d[eE][+-]?\d/;

function keepUnsafeAsString(text: string): number | string {
  return isSafeNumber(text) ? Number(text) : (toPlainDecimal(text) ?? text);
}

/**
 * Parses upstream JSON without losing digits: a number a double cannot hold exactly
 * (e.g. -1980490000000000000000, or 1e400) comes back as its plain decimal string, digit
 * for digit.
 * Every other number is a plain JS number.
 */
export function parseLosslessJson(text: string): unknown {
  if (!RISKY_NUMBER.test(text)) return JSON.parse(text);
  return parse(text, null, keepUnsafeAsString);
}
