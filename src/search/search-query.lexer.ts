import type { Comparator } from './search-query.ast.js';
import type { ComparisonToken, MarkToken, SearchToken } from './search-query.token.js';
import { COMPARATOR_LIST, quoted, searchQueryError } from './search-query.errors.js';

/** Seed 002's whitespace: spaces, tabs and newlines (a CR of a CRLF counts as newline). */
const SPACE = new Set([' ', '\t', '\n', '\r']);
const QUOTES = new Set(['"', "'"]);
/** Characters comparators are made of: they end a field name. */
const OPERATOR = new Set([':', '=', '<', '>', '!', '~', '*']);
const KEYWORDS = new Map<string, 'and' | 'or' | 'not'>([['AND', 'and'], ['OR', 'or'], ['NOT', 'not']]);
const SUFFIXES = new Map<string, Comparator>([['<=', ':<='], ['>=', ':>='], ['<', ':<'], ['>', ':>'], ['*', ':*'], ['~', ':~']]);

const endsValue = (c: string | undefined): boolean => c === undefined || SPACE.has(c) || c === '(' || c === ')';
const isNameChar = (c: string): boolean => !endsValue(c) && !QUOTES.has(c) && !OPERATOR.has(c);
/**
 * C0/C1 controls, and the marks that reorder text on screen. Note: refused because no
 * field holds them, and an error message quoting them could show the client something
 * other than what it sent.
 */
const isControl = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  const reorders = code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  return (code < 0x20 && !SPACE.has(c)) || (code >= 0x7f && code <= 0x9f) || reorders;
};

/** Hands out a query's tokens one at a time, the last one (`end`) for ever after. */
export interface SearchLexer {
  next(): SearchToken;
}

/**
 * Reads a query, given as an array of code points, left to right as the parser asks, so
 * that the first mistake in the text is the one reported; every character is looked at a
 * bounded number of times. Throws BAD_USER_INPUT for a control character (anywhere, at
 * once), an unterminated quote, an unknown comparator or a missing value.
 */
export function createSearchLexer(chars: readonly string[], label: string): SearchLexer {
  return new Lexer(chars, label);
}

class Lexer implements SearchLexer {
  private i = 0;
  private spaceBefore = false;

  constructor(
    private readonly chars: readonly string[],
    private readonly label: string,
  ) {
    const bad = chars.findIndex(isControl);
    if (bad !== -1) throw this.fail(`unexpected control character U+${this.hex(bad)} at position ${bad + 1}`);
  }

  next(): SearchToken {
    this.spaceBefore = false;
    while (SPACE.has(this.chars[this.i] ?? '')) {
      this.spaceBefore = true;
      this.i++;
    }
    const c = this.chars[this.i];
    if (c === undefined) return { kind: 'end', position: this.i + 1, spaceBefore: this.spaceBefore };
    if (c === '(' || c === ')' || c === '-') return this.mark(c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'minus', this.i + 1);
    if (QUOTES.has(c)) return this.strayText();
    return this.word();
  }

  private mark(kind: MarkToken['kind'], end: number): MarkToken {
    const token = { kind, position: this.i + 1, spaceBefore: this.spaceBefore };
    this.i = end;
    return token;
  }

  private strayText(): SearchToken {
    const token = { kind: 'text', position: this.i + 1, spaceBefore: this.spaceBefore } as const;
    this.i = this.closingQuote(this.i) + 1;
    return token;
  }

  private word(): SearchToken {
    const start = this.i;
    let end = start;
    while (end < this.chars.length && isNameChar(this.chars[end] ?? '')) end++;
    const name = this.chars.slice(start, end).join('');
    const next = this.chars[end];
    if (end === start) throw this.fail(`unexpected ${quoted(next ?? '')} at position ${start + 1}; expected a field name before it`);
    if (next === ':') return this.comparison(name, end);
    const keyword = KEYWORDS.get(name);
    if (next !== undefined && OPERATOR.has(next)) throw this.unknownComparator(end);
    if (keyword !== undefined) return this.mark(keyword, end);
    const hint = KEYWORDS.has(name.toUpperCase()) ? ` (connectives and NOT are written in capitals)` : '';
    throw this.fail(`expected a comparator (${COMPARATOR_LIST}) after ${quoted(name)} at position ${end + 1}; found ${this.found(end)}${hint}`);
  }

  private comparison(field: string, colon: number): ComparisonToken {
    const suffix = this.chars[colon + 1] ?? '';
    const comparator = SUFFIXES.get(suffix + (this.chars[colon + 2] ?? '')) ?? SUFFIXES.get(suffix) ?? ':';
    const at = colon + comparator.length;
    const next = this.chars[at];
    const position = this.i + 1;
    const token = { kind: 'comparison', position, spaceBefore: this.spaceBefore, field, comparator, comparatorPosition: colon + 1 } as const;
    if (next !== undefined && OPERATOR.has(next)) throw this.unknownComparator(colon);
    if (comparator === ':*') {
      if (!endsValue(next)) throw this.fail(`${quoted(':*')} takes no value; found ${this.found(at)} at position ${at + 1}`);
      this.i = at;
      return { ...token, value: null, valuePosition: at + 1 };
    }
    if (endsValue(next)) throw this.fail(`expected a value after ${quoted(field + comparator)} at position ${at + 1}; found ${this.found(at)}`);
    const isQuoted = QUOTES.has(next ?? '');
    const end = isQuoted ? this.closingQuote(at) + 1 : this.bareValueEnd(at);
    if (!endsValue(this.chars[end])) throw this.fail(`expected whitespace after the quoted value at position ${end + 1}; found ${this.found(end)}`);
    this.i = end;
    return { ...token, value: this.chars.slice(isQuoted ? at + 1 : at, isQuoted ? end - 1 : end).join(''), valuePosition: at + 1 };
  }

  private bareValueEnd(from: number): number {
    let end = from;
    for (let c = this.chars[end]; !endsValue(c); c = this.chars[++end]) {
      if (QUOTES.has(c ?? '')) throw this.fail(`unexpected ${this.quoteName(end)} inside a value at position ${end + 1}; quote the whole value instead`);
    }
    return end;
  }

  /** Index of the quote closing the one at `open`; the other kind of quote may appear inside. */
  private closingQuote(open: number): number {
    const quote = this.chars[open];
    for (let j = open + 1; j < this.chars.length; j++) if (this.chars[j] === quote) return j;
    throw this.fail(`unterminated quote: the ${this.quoteName(open)} at position ${open + 1} is never closed`);
  }

  private unknownComparator(from: number): Error {
    let end = from;
    while (OPERATOR.has(this.chars[end] ?? '')) end++;
    const text = this.chars.slice(from, end).join('');
    return this.fail(`unknown comparator ${quoted(text)} at position ${from + 1}; expected one of ${COMPARATOR_LIST}`);
  }

  private found(index: number): string {
    const c = this.chars[index];
    return c === undefined ? 'the end of the query' : SPACE.has(c) ? 'whitespace' : quoted(c);
  }

  private quoteName(index: number): string {
    return this.chars[index] === '"' ? 'double quote' : 'single quote';
  }

  private hex(index: number): string {
    return (this.chars[index]?.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  }

  private fail(detail: string): Error {
    return searchQueryError(this.label, detail);
  }
}
