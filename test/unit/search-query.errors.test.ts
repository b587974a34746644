import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { SEARCH_QUERY_LIMITS } from '../../src/search/search-query.limits.js';
import { parseSearchQuery } from '../../src/search/search-query.parser.js';

const COMPARATORS = '":", ":<", ":>", ":<=", ":>=", ":*", ":~"';

/** The message a query is refused with, checked to be BAD_USER_INPUT. */
function refusal(query: string, options?: Parameters<typeof parseSearchQuery>[1]): string {
  try {
    parseSearchQuery(query, options);
  } catch (err) {
    expect(err).toBeInstanceOf(BadUserInputError);
    expect((err as BadUserInputError).extensions.code).toBe('BAD_USER_INPUT');
    return (err as Error).message;
  }
  throw new Error(`accepted: ${query}`);
}

describe('parseSearchQuery: every syntax error names its position', () => {
  it.each([
    // empty
    ['', 'filter: the query is empty; expected a term at position 1'],
    [' \n\t', 'filter: the query is empty; expected a term at position 4'],
    // unbalanced parentheses
    ['(a:1', 'filter: expected ")" at position 5 to close the "(" at position 1; found the end of the query'],
    ['((a:1) OR b:2', 'filter: expected ")" at position 14 to close the "(" at position 1; found the end of the query'],
    ['a:1)', 'filter: unexpected ")" at position 4; no "(" is open'],
    ['(a:1 OR b:2))', 'filter: unexpected ")" at position 13; no "(" is open'],
    ['(', 'filter: "(" at position 1 has no term after it'],
    ['a:1 OR ( ', 'filter: "(" at position 8 has no term after it'],
    ['()', 'filter: unexpected ")" at position 2; expected a term'],
    ['(kind:coinbase OR )', 'filter: unexpected ")" at position 19; expected a term after "OR"'],
    [')', 'filter: unexpected ")" at position 1; expected a term'],
    // missing value, value after :*
    ['a:', 'filter: expected a value after "a:" at position 3; found the end of the query'],
    ['a:< b:1', 'filter: expected a value after "a:<" at position 4; found whitespace'],
    ['(a:)', 'filter: expected a value after "a:" at position 4; found ")"'],
    ['a:*x', 'filter: ":*" takes no value; found "x" at position 4'],
    // unknown comparators
    ['a:<>1', `filter: unknown comparator ":<>" at position 2; expected one of ${COMPARATORS}`],
    ['a:=1', `filter: unknown comparator ":=" at position 2; expected one of ${COMPARATORS}`],
    ['a::1', `filter: unknown comparator "::" at position 2; expected one of ${COMPARATORS}`],
    ['a:!1', `filter: unknown comparator ":!" at position 2; expected one of ${COMPARATORS}`],
    ['a:**', `filter: unknown comparator ":**" at position 2; expected one of ${COMPARATORS}`],
    ['state=PENDING', `filter: unknown comparator "=" at position 6; expected one of ${COMPARATORS}`],
    ['a!=1', `filter: unknown comparator "!=" at position 2; expected one of ${COMPARATORS}`],
    ['a:1 b', `filter: expected a comparator (${COMPARATORS}) after "b" at position 6; found the end of the query`],
    ['a:1 and b:2', `filter: expected a comparator (${COMPARATORS}) after "and" at position 8; found whitespace (connectives and NOT are written in capitals)`],
    [':a', 'filter: unexpected ":" at position 1; expected a field name before it'],
    // quotes
    ['a:"x', 'filter: unterminated quote: the double quote at position 3 is never closed'],
    ["a:1 b:'x y", 'filter: unterminated quote: the single quote at position 7 is never closed'],
    [`a:"x'`, 'filter: unterminated quote: the double quote at position 3 is never closed'],
    ['a:b"c"', 'filter: unexpected double quote inside a value at position 4; quote the whole value instead'],
    ['a:"b"c', 'filter: expected whitespace after the quoted value at position 6; found "c"'],
    ['"a" b:1', 'filter: unexpected quoted text at position 1; expected a term'],
    // dangling connectives and modifiers
    ['a:1 OR', 'filter: "OR" at position 5 has no term after it'],
    ['a:1 AND ', 'filter: "AND" at position 5 has no term after it'],
    ['OR a:1', 'filter: unexpected "OR" at position 1; expected a term'],
    ['a:1 AND OR b:2', 'filter: unexpected "OR" at position 9; expected a term after "AND"'],
    ['a:1 OR OR b:2', 'filter: unexpected "OR" at position 8; expected a term after "OR"'],
    ['NOT', 'filter: "NOT" at position 1 has no term after it'],
    ['a:1 NOT ', 'filter: "NOT" at position 5 has no term after it'],
    ['NOT )', 'filter: unexpected ")" at position 5; expected a term'],
    ['NOT OR a:1', 'filter: unexpected "OR" at position 5; expected a term'],
    ['-', 'filter: "-" at position 1 has no term after it'],
    ['- a:1', 'filter: "-" at position 1 must be followed directly by a term, without whitespace'],
    // whitespace the grammar requires
    ['NOT(a:1)', 'filter: expected whitespace after "NOT" at position 4'],
    ['a:1(b:2)', 'filter: expected whitespace before "(" at position 4'],
    ['(a:1)b:2', 'filter: expected whitespace before "b" at position 6'],
    ['(a:1)OR b:2', 'filter: expected whitespace before "OR" at position 6'],
    ['a:1 OR(b:2)', 'filter: expected whitespace after "OR" at position 7'],
    ['a:1 AND(b:2)', 'filter: expected whitespace after "AND" at position 8'],
    // characters no query holds
    ['a:1\u0000', 'filter: unexpected control character U+0000 at position 4'],
    ['a:\u001b[31m', 'filter: unexpected control character U+001B at position 3'],
    ['hash:abc\u202Efed', 'filter: unexpected control character U+202E at position 9'],
    ['(a:1)OR b:"x', 'filter: expected whitespace before "OR" at position 6'],
  ])('%j → %s', (query, message) => {
    expect(refusal(query)).toBe(message);
  });

  it('reports the first mistake in the text, not a later one', () => {
    expect(refusal(') a:"x')).toBe('filter: unexpected ")" at position 1; expected a term');
    expect(refusal('a:1 OR OR b:"x c:')).toBe('filter: unexpected "OR" at position 8; expected a term after "OR"');
    expect(refusal('(a:1 b:<>2')).toMatch(/unknown comparator ":<>" at position 7/);
  });

  it('quotes at most 40 characters of the client text back', () => {
    const name = 'x'.repeat(300);
    expect(refusal(`${name} a:1`)).toBe(`filter: expected a comparator (${COMPARATORS}) after "${'x'.repeat(40)}…" at position 301; found whitespace`);
  });

  it('names the argument it was given', () => {
    expect(refusal('a:', { label: 'where' })).toMatch(/^where: expected a value/);
  });
});

describe('parseSearchQuery: limits', () => {
  const { maxLength, maxDepth } = SEARCH_QUERY_LIMITS;

  it('caps the length at 512 characters, counting a surrogate pair as one', () => {
    expect(maxLength).toBe(512);
    const atCap = `hash:${'a'.repeat(maxLength - 5)}`;
    expect(parseSearchQuery(atCap)).toMatchObject({ value: 'a'.repeat(maxLength - 5) });
    expect(refusal(`${atCap}b`)).toBe('filter: the query is longer than the limit of 512 characters');
    expect(parseSearchQuery(`hash:${'😀'.repeat(maxLength - 5)}`)).toMatchObject({ field: 'hash' });
    expect(refusal(`hash:${'😀'.repeat(maxLength - 4)}`)).toMatch(/limit of 512 characters/);
  });

  it('refuses a huge query at once, before reading it', () => {
    const started = performance.now();
    for (const query of ['('.repeat(5_000_000), '"'.repeat(5_000_000), 'NOT '.repeat(1_000_000)]) {
      expect(refusal(query)).toBe('filter: the query is longer than the limit of 512 characters');
    }
    // Generous: proves "not reading 15 MB character by character", not a speed.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps nesting at 16 levels of parentheses and modifiers, before recursing', () => {
    expect(maxDepth).toBe(16);
    const nest = (n: number) => `${'('.repeat(n)}a:1${')'.repeat(n)}`;
    expect(parseSearchQuery(nest(16))).toMatchObject({ field: 'a' });
    expect(refusal(nest(17))).toBe('filter: nesting deeper than the limit of 16 levels at position 17 (each "(", "-" and "NOT" is one level)');
    expect(parseSearchQuery(`${'NOT '.repeat(16)}a:1`)).toMatchObject({ kind: 'not' });
    expect(refusal(`${'NOT '.repeat(17)}a:1`)).toMatch(/^filter: nesting deeper than the limit of 16 levels at position 65 /);
    expect(parseSearchQuery(`${'-('.repeat(8)}a:1${')'.repeat(8)}`)).toMatchObject({ kind: 'not' });
    expect(refusal(`${'-('.repeat(8)}-a:1${')'.repeat(8)}`)).toMatch(/limit of 16 levels at position 17 /);
    expect(refusal(`a:1 OR ${nest(100)}`)).toMatch(/limit of 16 levels at position 24 /);
  });

  it('refuses deep nesting within the length cap quickly, whatever the shape', () => {
    const started = performance.now();
    for (const query of ['('.repeat(512), '-'.repeat(512), 'NOT '.repeat(128), '(-'.repeat(256), `${'( '.repeat(254)}a:1`]) {
      expect(refusal(query)).toMatch(/limit of 16 levels/);
    }
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('takes other limits from its options', () => {
    expect(refusal('a:1 b:2', { maxLength: 6 })).toMatch(/limit of 6 characters/);
    expect(refusal('((a:1))', { maxDepth: 1 })).toMatch(/limit of 1 levels at position 2/);
  });
});
