import type { Comparator } from './search-query.ast.js';
import type { MarkToken, SearchToken } from './search-query.token.js';
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
const isControl = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return (code < 0x20 && !SPACE.has(c)) || (code >= 0x7f && code <= 0x9f);
};

/**
 * Splits a query, given as an array of code points, into tokens in one left-to-right pass
 * (every character is looked at a bounded number of times). Throws BAD_USER_INPUT for a
 * control character, an unterminated quote, an unknown comparator or a missing value.
 */
export function lexSearchQuery(chars: readonly string[], label: string): SearchToken[] {
  return new Lexer(chars, label).run();
}

class Lexer {
  private readonly tokens: SearchToken[] = [];
  private i = 0;
  private spaceBefore = false;

  constructor(
    private readonly chars: readonly string[],
    private readonly label: string,
  ) {}

  run(): SearchToken[] {
    const bad = this.chars.findIndex(isControl);
    if (bad !== -1) throw this.fail(`unexpected control character U+${this.hex(bad)} at position ${bad + 1}`);
    for (let c = this.chars[0]; c !== undefined; c = this.chars[this.i]) {
      if (SPACE.has(c)) {
        this.spaceBefore = true;
        this.i++;
        continue;
      }
      if (c === '(' || c === ')' || c === '-') this.mark(c === '(' ? 'lparen' : c === ')' ? 'rparen' : 'minus', this.i + 1);
      else if (QUOTES.has(c)) this.strayText();
      else this.word();
      this.spaceBefore = false;
    }
    this.tokens.push({ kind: 'end', position: this.chars.length + 1, spaceBefore: this.spaceBefore });
    return this.tokens;
  }

  private mark(kind: MarkToken['kind'], end: number): void {
    this.tokens.push({ kind, position: this.i + 1, spaceBefore: this.spaceBefore });
    this.i = end;
  }

  private strayText(): void {
    this.tokens.push({ kind: 'text', position: this.i + 1, spaceBefore: this.spaceBefore });
    this.i = this.closingQuote(this.i) + 1;
  }

  private word(): void {
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

  private comparison(field: string, colon: number): void {
    const suffix = this.chars[colon + 1] ?? '';
    const pair = suffix + (this.chars[colon + 2] ?? '');
    const comparator = SUFFIXES.get(pair) ?? SUFFIXES.get(suffix) ?? ':';
    const at = colon + comparator.length;
    const next = this.chars[at];
    const token = { kind: 'comparison', position: this.i + 1, spaceBefore: this.spaceBefore, field, comparator, comparatorPosition: colon + 1 } as const;
    if (next !== undefined && OPERATOR.has(next)) throw this.unknownComparator(colon);
    if (comparator === ':*') {
      if (!endsValue(next)) throw this.fail(`${quoted(':*')} takes no value; found ${this.found(at)} at position ${at + 1}`);
      this.tokens.push({ ...token, value: null, valuePosition: at + 1 });
      this.i = at;
      return;
    }
    if (endsValue(next)) throw this.fail(`expected a value after ${quoted(field + comparator)} at position ${at + 1}; found ${this.found(at)}`);
    const end = QUOTES.has(next ?? '') ? this.closingQuote(at) + 1 : this.bareValueEnd(at);
    const value = this.chars.slice(QUOTES.has(next ?? '') ? at + 1 : at, QUOTES.has(next ?? '') ? end - 1 : end).join('');
    if (!endsValue(this.chars[end])) throw this.fail(`expected whitespace after the quoted value at position ${end + 1}; found ${this.found(end)}`);
    this.tokens.push({ ...token, value, valuePosition: at + 1 });
    this.i = end;
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
