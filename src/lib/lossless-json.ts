import { isSafeNumber } from 'lossless-json';
import { toPlainDecimal } from './decimal-text.js';

// Note: JSON.parse can only round a number token of 16+ digits (dots count too) or one
// with an exponent (1e400 becomes Infinity); texts without either take the native
// parser as they are. A number token starts the text or follows `:`, `,`, `[` or
// whitespace: requiring that keeps quoted amounts ("9000000000000000000") and hex ids
// ("…c2e92f…") from being looked at one by one (they were most of the matches, profiled).
// The character before the token is part of the match: a lookbehind made the scan about
// four times slower in V8.
const RISKY_NUMBERS = /(?:^|[:,[\s])-?\d(?:[\d.]{15}|[\d.]*[eE][+-]?\d)/g;
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Digits, sign, dot, exponent: what a JSON number token is made of. */
function isNumberChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2b || code === 0x2e || code === 0x65 || code === 0x45;
}

/** `,` `}` `]` or JSON whitespace: what may follow a number token. */
function isTokenEnd(code: number): boolean {
  return code === 0x2c || code === 0x7d || code === 0x5d || code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** True when the quote at `at` is escaped (an odd run of backslashes before it). */
function isEscaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === 0x5c) slashes++;
  return slashes % 2 === 1;
}

/**
 * The text with every number token a double cannot hold exactly written as a string of
 * its plain decimal. Only the places the risky pattern matches are looked at; whether one
 * sits inside a string is told by the quotes before it, so strings are never copied or
 * matched one by one.
 */
function quoteUnsafeNumbers(text: string): string {
  let out = '';
  let copied = 0;
  let scanned = 0;
  let inString = false;
  RISKY_NUMBERS.lastIndex = 0;
  for (let match = RISKY_NUMBERS.exec(text); match !== null; match = RISKY_NUMBERS.exec(text)) {
    const at = tokenStart(text, match.index);
    for (let quote = text.indexOf('"', scanned); quote !== -1 && quote < at; quote = text.indexOf('"', quote + 1)) {
      if (!isEscaped(text, quote)) inString = !inString;
    }
    scanned = at;
    if (inString) continue;
    let start = at;
    while (start > 0 && isNumberChar(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    RISKY_NUMBERS.lastIndex = scanned = end;
    const token = text.slice(start, end);
    // Not a number (the native parser then refuses the text) or one a double holds: as it is.
    if (!JSON_NUMBER.test(token) || isSafeNumber(token)) continue;
    out += text.slice(copied, start) + JSON.stringify(toPlainDecimal(token) ?? token);
    copied = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Where the token of a risky match starts: the match starts with it only at the start of the text. */
function tokenStart(text: string, matchIndex: number): number {
  return isNumberChar(text.charCodeAt(matchIndex)) ? matchIndex : matchIndex + 1;
}

/**
 * True when some risky-looking number token, in a string or not, is one a double cannot
 * hold. Note: most upstream texts that match hold only long floats a double keeps
 * (0.04707192880000001); this pass costs a look at each match, where telling strings
 * apart costs a look at every quote before the last match (80 µs for a 30 KB history).
 */
function hasUnsafeNumber(text: string): boolean {
  RISKY_NUMBERS.lastIndex = 0;
  for (let match = RISKY_NUMBERS.exec(text); match !== null; match = RISKY_NUMBERS.exec(text)) {
    const start = tokenStart(text, match.index);
    let end = start;
    while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
    RISKY_NUMBERS.lastIndex = end;
    // A number token ends the text or is followed by `,`, `}`, `]` or whitespace; a run like
    // `3e27` in "urn:…:3e27b9…" is not.
    if (end < text.length && !isTokenEnd(text.charCodeAt(end))) continue;
    const token = text.slice(start, end);
    if (JSON_NUMBER.test(token) && !isSafeNumber(token)) return true;
  }
  return false;
}

/**
 * Parses upstream JSON without losing digits: a number a double cannot hold exactly
 * (e.g. -1980490000000000000000, or 1e400) comes back as its plain decimal string, digit
 * for digit.
 * Every other number is a plain JS number.
 * Note: the unsafe numbers are quoted in the text and the native parser does the rest,
 * several times faster than a parser written in JavaScript (lossless-json's, used before).
 */
export function parseLosslessJson(text: string): unknown {
  if (!hasUnsafeNumber(text)) return JSON.parse(text);
  return JSON.parse(quoteUnsafeNumbers(text));
}
