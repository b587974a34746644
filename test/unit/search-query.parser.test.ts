import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { parseSearchQuery } from '../../src/search/search-query.parser.js';
import { show } from './search-query.helpers.js';

const tree = (query: string): string => show(parseSearchQuery(query));

/** The error a query is refused with, checked to be BAD_USER_INPUT. */
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

describe('parseSearchQuery: the grammar of seed 002', () => {
  it.each([
    // Term = name Comparator [ value ], with every comparator
    ['kind:cashout', 'kind:cashout'],
    ['coins:<5', 'coins:<5'],
    ['coins:>5', 'coins:>5'],
    ['coins:<=5', 'coins:<=5'],
    ['coins:>=5', 'coins:>=5'],
    ['hash:*', 'hash:*'],
    ['color:~red,blue,green', 'color:~red,blue,green'],
    // values: quoted (either quote, the other one inside), unquoted with ":" and "-" inside
    ['firstName:"John Peter"', 'firstName:"John Peter"'],
    ["firstName:'John Peter'", 'firstName:"John Peter"'],
    [`name:"O'Brien"`, `name:"O'Brien"`],
    [`say:'a "b"'`, 'say:"a \\"b\\""'],
    ['hash:""', 'hash:""'],
    ['hash:"a)b (c"', 'hash:"a)b (c"'],
    ['at:>=2022-01-01T10:00:00.5Z', 'at:>=2022-01-01T10:00:00.5Z'],
    ['coins:>-5', 'coins:>-5'],
    ['a-b.c_d:x', 'a-b.c_d:x'],
    ['NOTE:x', 'NOTE:x'],
    ['NOT:x OR:y AND:z', 'AND(NOT:x, OR:y, AND:z)'],
    ['a:1 AND-b:2', 'AND(a:1, AND-b:2)'],
    // Query = Term { [ whitespace Connective ] whitespace Term }: implicit AND, explicit AND, OR
    ['a:1 b:2', 'AND(a:1, b:2)'],
    ['a:1 AND b:2', 'AND(a:1, b:2)'],
    ['a:1 OR b:2', 'OR(a:1, b:2)'],
    ['a:1 b:2 AND c:3', 'AND(a:1, b:2, c:3)'],
    ['a:1\tOR\nb:2\r\nc:3', 'OR(a:1, AND(b:2, c:3))'],
    // Modifier = "-" | "NOT" whitespace
    ['-a:1', 'NOT(a:1)'],
    ['NOT a:1', 'NOT(a:1)'],
    ['NOT\n\ta:1', 'NOT(a:1)'],
    ['-(a:1 OR b:2)', 'NOT(OR(a:1, b:2))'],
    ['NOT (a:1 OR b:2)', 'NOT(OR(a:1, b:2))'],
    ['a:1 -b:2', 'AND(a:1, NOT(b:2))'],
    // "(" Query ")"
    ['(a:1)', 'a:1'],
    ['(a:1 OR b:2) c:3', 'AND(OR(a:1, b:2), c:3)'],
    ['((a:1 OR (b:2)))', 'OR(a:1, b:2)'],
    ['(a:1 b:2) AND (c:3 d:4)', 'AND(AND(a:1, b:2), AND(c:3, d:4))'],
    // leniencies: whitespace at the ends and inside parentheses, repeated modifiers
    ['  a:1\n', 'a:1'],
    ['( a:1 OR b:2 )', 'OR(a:1, b:2)'],
    ['NOT NOT a:1', 'NOT(NOT(a:1))'],
    ['--a:1', 'NOT(NOT(a:1))'],
    ['NOT -a:1', 'NOT(NOT(a:1))'],
    ['-NOT a:1', 'NOT(NOT(a:1))'],
  ])('%j parses as %s', (query, expected) => {
    expect(tree(query)).toBe(expected);
  });

  it('binds AND, written or implied, tighter than OR (the seed gives no precedence)', () => {
    expect(tree('a:1 OR b:2 c:3')).toBe('OR(a:1, AND(b:2, c:3))');
    expect(tree('a:1 OR b:2 AND c:3')).toBe(tree('a:1 OR (b:2 AND c:3)'));
    expect(tree('a:1 b:2 OR c:3')).toBe('OR(AND(a:1, b:2), c:3)');
    expect(tree('a:1 OR b:2 c:3 OR d:4')).toBe('OR(a:1, AND(b:2, c:3), d:4)');
    expect(tree('-a:1 OR b:2')).toBe('OR(NOT(a:1), b:2)');
  });

  it.each([
    ['firstName:"John Peter" lastName:Doe', 'AND(firstName:"John Peter", lastName:Doe)'],
    ['quantity:>2 quantity:<=10', 'AND(quantity:>2, quantity:<=10)'],
    ['NOT currency:EUR', 'NOT(currency:EUR)'],
    ['-currency:EUR', 'NOT(currency:EUR)'],
    ['state:SUCCESSFUL AND (currency:CHF OR currency:EUR)', 'AND(state:SUCCESSFUL, OR(currency:CHF, currency:EUR))'],
    ['paymentMethod:*', 'paymentMethod:*'],
    ['color:~red,blue,green', 'color:~red,blue,green'],
    ['kind:cashout OR status:pending', 'OR(kind:cashout, status:pending)'],
    ['status:pending coins:>1000000000000000000 -kind:deposit', 'AND(status:pending, coins:>1000000000000000000, NOT(kind:deposit))'],
    ['(kind:coinbase OR kind:poloniex) at:>=2022-01-01', 'AND(OR(kind:coinbase, kind:poloniex), at:>=2022-01-01)'],
    ['kind:cashout AND status:pending', 'AND(kind:cashout, status:pending)'],
  ])('the seed and task example %j parses as %s', (query, expected) => {
    expect(tree(query)).toBe(expected);
  });

  it('records 1-based positions in characters, a surrogate pair counting as one', () => {
    expect(parseSearchQuery('  hash:"x y"')).toEqual({
      kind: 'comparison', field: 'hash', fieldPosition: 3, comparator: ':', comparatorPosition: 7, value: 'x y', valuePosition: 8,
    });
    expect(parseSearchQuery('a:😀😀 hash:*')).toMatchObject({ operands: [{ valuePosition: 3 }, { fieldPosition: 6, valuePosition: 12 }] });
    expect(refusal('hash:😀😀 )')).toBe('filter: unexpected ")" at position 9; no "(" is open');
  });
});
