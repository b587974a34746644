import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import type { QueryNode } from '../../src/search/search-query.ast.js';
import { compileSearchQuery } from '../../src/search/search-query.compile.js';
import type { SearchRecord } from '../../src/search/search-query.fields.js';
import { parseSearchQuery } from '../../src/search/search-query.parser.js';
import { layoutArb, oracle, print, recordArb, show, TRANSFER_FIELDS, treeArb, type Layout } from './search-query.helpers.js';

/** Generated queries can pass 512 characters; the length cap has its own tests. */
const ROOMY = { maxLength: 8192 };
const PLAIN: Layout = { and: 'implicit', not: '-', spaces: [' '], pad: false };
const records = fc.array(recordArb, { minLength: 1, maxLength: 12 });
const tree = treeArb(3);

const compile = (query: string) => compileSearchQuery(query, TRANSFER_FIELDS, ROOMY);
const sameOn = (rows: readonly SearchRecord[], a: string, b: string): boolean => {
  const [p, q] = [compile(a), compile(b)];
  return rows.every((row) => p(row) === q(row));
};
const term = (node: QueryNode, layout: Layout): string => `(${print(node, layout)})`;

/** Runs a query through parse and compile; anything thrown must be a BAD_USER_INPUT naming a place or a limit. */
function onlyUserErrors(query: string): void {
  try {
    compileSearchQuery(query, TRANSFER_FIELDS);
  } catch (err) {
    expect(err).toBeInstanceOf(BadUserInputError);
    expect((err as BadUserInputError).extensions.code).toBe('BAD_USER_INPUT');
    expect((err as Error).message).toMatch(/^filter: .*(at position \d+|limit of \d+)/s);
  }
}

describe('search queries: properties', () => {
  it('throws nothing but BAD_USER_INPUT, whatever the text', () => {
    const pieces = fc.constantFrom('kind', 'coins', 'at', 'hash', 'x', ':', ':<', ':>=', ':*', ':~', '(', ')', '-', 'NOT', 'AND', 'OR',
      ' ', '\t', '\n', '"', "'", '1', '2022-01-01', 'cashout', ',', '=', '\u0000', '😀', '__proto__');
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 700 }), onlyUserErrors), { numRuns: 200 });
    fc.assert(fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => onlyUserErrors(parts.join(''))), { numRuns: 500 });
  });

  it('throws nothing but BAD_USER_INPUT for a valid query with one character changed', () => {
    const edit = fc.tuple(tree, fc.nat(), fc.constantFrom('', '(', ')', '"', ':', ' ', '-', 'x', '*'));
    fc.assert(fc.property(edit, ([t, at, char]) => {
      const text = print(t, PLAIN);
      const i = at % (text.length + 1);
      onlyUserErrors(text.slice(0, i) + char + text.slice(i + 1));
    }), { numRuns: 500 });
  });

  it('parses every generated query back into its tree, in any layout, and means what the oracle says', () => {
    fc.assert(fc.property(tree, layoutArb, records, (t, layout, rows) => {
      const query = print(t, layout);
      expect(show(parseSearchQuery(query, ROOMY))).toBe(show(t));
      const matches = compile(query);
      for (const row of rows) expect(matches(row)).toBe(oracle(t, row));
    }), { numRuns: 300 });
  });

  it('NOT NOT q ≡ q, in both spellings of NOT', () => {
    fc.assert(fc.property(tree, layoutArb, records, (t, layout, rows) => {
      const q = print(t, layout);
      return sameOn(rows, `NOT NOT ${term(t, layout)}`, q) && sameOn(rows, `--${term(t, layout)}`, q) && sameOn(rows, `NOT -${term(t, layout)}`, q);
    }));
  });

  it('De Morgan: NOT (a OR b) ≡ NOT a AND NOT b, and NOT (a AND b) ≡ NOT a OR NOT b', () => {
    fc.assert(fc.property(tree, tree, layoutArb, records, (a, b, layout, rows) => {
      const [ta, tb] = [term(a, layout), term(b, layout)];
      return (
        sameOn(rows, `NOT (${ta} OR ${tb})`, `NOT ${ta} AND NOT ${tb}`) &&
        sameOn(rows, `-(${ta} OR ${tb})`, `-${ta} -${tb}`) &&
        sameOn(rows, `NOT (${ta} AND ${tb})`, `NOT ${ta} OR NOT ${tb}`) &&
        sameOn(rows, `-(${ta} ${tb})`, `-${ta} OR -${tb}`)
      );
    }));
  });

  it('implicit AND ≡ explicit AND', () => {
    fc.assert(fc.property(tree, layoutArb, records, (t, layout, rows) => {
      const implicit = print(t, { ...layout, and: 'implicit' });
      const explicit = print(t, { ...layout, and: 'explicit' });
      expect(show(parseSearchQuery(implicit, ROOMY))).toBe(show(parseSearchQuery(explicit, ROOMY)));
      return sameOn(rows, implicit, explicit);
    }));
  });

  it('is invariant under extra whitespace: runs of spaces, tabs and newlines, at the ends and inside parentheses', () => {
    fc.assert(fc.property(tree, layoutArb, records, (t, layout, rows) => {
      const plain = print(t, { ...PLAIN, and: layout.and, not: layout.not });
      const spread = print(t, { ...layout, pad: true });
      expect(show(parseSearchQuery(spread, ROOMY))).toBe(show(parseSearchQuery(plain, ROOMY)));
      return sameOn(rows, plain, spread);
    }));
  });

  it('accepts any query padded to the length cap, and refuses it one character longer', () => {
    fc.assert(fc.property(tree, (t) => {
      const query = print(t, PLAIN);
      fc.pre(query.length <= 512);
      const atCap = query.padEnd(512, ' ');
      expect(show(parseSearchQuery(atCap))).toBe(show(t));
      expect(() => parseSearchQuery(`${atCap} `)).toThrow('filter: the query is longer than the limit of 512 characters');
    }));
    fc.assert(fc.property(fc.string({ unit: 'binary', minLength: 513, maxLength: 3000 }), (text) => {
      expect(() => parseSearchQuery(text)).toThrow('filter: the query is longer than the limit of 512 characters');
    }), { numRuns: 50 });
  });

  it('AND binds tighter than OR: a OR b c ≡ a OR (b AND c), never (a OR b) AND c', () => {
    fc.assert(fc.property(tree, tree, tree, records, (a, b, c, rows) => {
      const [ta, tb, tc] = [a, b, c].map((n) => term(n, PLAIN)) as [string, string, string];
      return sameOn(rows, `${ta} OR ${tb} ${tc}`, `${ta} OR (${tb} AND ${tc})`);
    }));
  });
});
