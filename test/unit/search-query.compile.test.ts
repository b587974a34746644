import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { compileSearchQuery } from '../../src/search/search-query.compile.js';
import type { SearchRecord } from '../../src/search/search-query.fields.js';
import { TRANSFER_FIELDS } from './search-query.helpers.js';

/** Transfers as the gateway would adapt them; `id` is not a searchable field. */
const TRANSFERS: ReadonlyArray<SearchRecord & { id: string }> = [
  { id: 't1', kind: 'CASHOUT', status: 'PENDING', at: '2022-01-01T00:00:00Z', coins: '1000000000000000000', hash: '0xAbCdEf', currency: 'EUR' },
  { id: 't2', kind: 'COINBASE', status: 'SUCCESS', at: '2021-12-31T23:59:59.999999999Z', coins: 9007199254740993n, hash: '0x1234', currency: 'usd' },
  { id: 't3', kind: 'POLONIEX', status: 'FAILURE', at: '2022-03-15T12:30:00.5Z', coins: '1000000000000000001', hash: null, currency: 'Light Blue' },
  { id: 't4', kind: 'DEPOSIT', status: 'SUCCESS', at: '2022-01-01T00:00:00.000000001Z', coins: '-5', hash: 'red,green', currency: undefined },
  { id: 't5', kind: 'ETHEREUM', status: 'PENDING', at: null, coins: null, hash: 'feedbeef', currency: 'EUR' },
  { id: 't6', kind: 'CASHOUT', status: 'PENDING', at: '2022-02-01T08:00:00Z', coins: 2000000000000000000n, hash: '0xfeed', currency: 'CHF' },
];

const matching = (query: string): string => {
  const matches = compileSearchQuery(query, TRANSFER_FIELDS);
  return TRANSFERS.filter(matches).map((t) => t.id).join(' ');
};

function refusal(query: string): string {
  try {
    compileSearchQuery(query, TRANSFER_FIELDS);
  } catch (err) {
    expect(err).toBeInstanceOf(BadUserInputError);
    expect((err as BadUserInputError).extensions.code).toBe('BAD_USER_INPUT');
    return (err as Error).message;
  }
  throw new Error(`accepted: ${query}`);
}

describe('compileSearchQuery: every comparator on every field type', () => {
  it.each([
    // text: ":" ignores case, ":~" holds every item (ignoring case, items trimmed), ":*" null or absent
    ['currency:eur', 't1 t5'],
    ['currency:EUR', 't1 t5'],
    ['currency:"light blue"', 't3'],
    ["currency:'LIGHT BLUE'", 't3'],
    ['currency:light', ''],
    ['hash:0x1234', 't2'],
    ['hash:~abc', 't1'],
    ['hash:~0x', 't1 t2 t6'],
    ['hash:~red,green', 't4'],
    ['hash:~green,red', 't4'],
    ['hash:~red,blue', ''],
    ['hash:~"AB, ef"', 't1'],
    ['hash:*', 't3'],
    ['currency:*', 't4'],
    ['-hash:*', 't1 t2 t4 t5 t6'],
    // enum: ":" ignores case on both sides, ":*"
    ['kind:cashout', 't1 t6'],
    ['kind:CashOut', 't1 t6'],
    ['status:success', 't2 t4'],
    ['kind:user_cashback', ''],
    ['kind:*', ''],
    ['-kind:deposit', 't1 t2 t3 t5 t6'],
    // integer: exact BigInt, beyond 2^53
    ['coins:1000000000000000000', 't1'],
    ['coins:>1000000000000000000', 't3 t6'],
    ['coins:>=1000000000000000000', 't1 t3 t6'],
    ['coins:<1000000000000000001', 't1 t2 t4'],
    ['coins:<=-5', 't4'],
    ['coins:>-6', 't1 t2 t3 t4 t6'],
    ['coins:9007199254740993', 't2'],
    ['coins:9007199254740992', ''],
    ['coins:0001000000000000000000', 't1'],
    ['coins:*', 't5'],
    // datetime: a date is 00:00 UTC that day; nanoseconds count
    ['at:2022-01-01', 't1'],
    ['at:>=2022-01-01', 't1 t3 t4 t6'],
    ['at:<2022-01-01', 't2'],
    ['at:>2022-01-01T00:00:00Z', 't3 t4 t6'],
    ['at:<=2022-01-01T00:00:00.000000000Z', 't1 t2'],
    ['at:2021-12-31T23:59:59.999999999Z', 't2'],
    ['at:>2021-12-31T23:59:59.999999998Z', 't1 t2 t3 t4 t6'],
    ['at:2022-03-15T12:30:00.500Z', 't3'],
    ['at:<2022-03-15t12:30:00.5z', 't1 t2 t4 t6'],
    ['at:*', 't5'],
    // the task's and the contract's examples
    ['kind:cashout OR status:pending', 't1 t5 t6'],
    ['status:pending coins:>1000000000000000000 -kind:deposit', 't6'],
    ['(kind:coinbase OR kind:poloniex) at:>=2022-01-01', 't3'],
    ['kind:cashout AND status:pending', 't1 t6'],
    // precedence: AND binds tighter than OR
    ['kind:deposit OR kind:cashout coins:>1000000000000000000', 't4 t6'],
    ['(kind:deposit OR kind:cashout) coins:>1000000000000000000', 't6'],
    ['NOT (kind:cashout OR currency:eur)', 't2 t3 t4'],
  ])('%j matches [%s]', (query, ids) => {
    expect(matching(query)).toBe(ids);
  });

  it('reads only a record\'s own fields, and never throws on values of the wrong shape', () => {
    const inherited: SearchRecord = Object.create({ hash: 'x' }) as SearchRecord;
    expect(compileSearchQuery('hash:*', TRANSFER_FIELDS)(inherited)).toBe(true);
    const odd: SearchRecord = { kind: 5n, coins: '1e3', at: 'yesterday', hash: 7n };
    expect(compileSearchQuery('coins:>1 OR at:>2000-01-01 OR kind:cashout', TRANSFER_FIELDS)(odd)).toBe(false);
    expect(compileSearchQuery('-coins:>1 -at:* hash:7 hash:~7', TRANSFER_FIELDS)(odd)).toBe(true);
    expect(compileSearchQuery('coins:*', TRANSFER_FIELDS)(odd)).toBe(false);
  });
});

describe('compileSearchQuery: what the fields refuse', () => {
  const ALL = '":", ":<", ":>", ":<=", ":>=" or ":*"';
  it.each([
    ['amount:5', 'filter: unknown field "amount" at position 1; known fields: kind, status, at, coins, hash, currency'],
    ['kind:cashout Kind:cashout', 'filter: unknown field "Kind" at position 14; known fields: kind, status, at, coins, hash, currency'],
    ['constructor:x', 'filter: unknown field "constructor" at position 1; known fields: kind, status, at, coins, hash, currency'],
    ['__proto__:*', 'filter: unknown field "__proto__" at position 1; known fields: kind, status, at, coins, hash, currency'],
    ['hash:>a', 'filter: ":>" at position 5 cannot be used on "hash", a text field; use ":", ":~" or ":*"'],
    ['currency:<=EUR', 'filter: ":<=" at position 9 cannot be used on "currency", a text field; use ":", ":~" or ":*"'],
    ['kind:<cashout', 'filter: ":<" at position 5 cannot be used on "kind", an enum field; use ":" or ":*"'],
    ['status:~pend', 'filter: ":~" at position 7 cannot be used on "status", an enum field; use ":" or ":*"'],
    ['coins:~1', `filter: ":~" at position 6 cannot be used on "coins", an integer field; use ${ALL}`],
    ['at:~2022', `filter: ":~" at position 3 cannot be used on "at", a datetime field; use ${ALL}`],
    ['kind:foo', 'filter: "foo" at position 6 is not a valid value for "kind"; expected one of ETHEREUM, CASHOUT, COINBASE, POLONIEX, DEPOSIT, USER_CASHBACK, RETAIL_CONNECT'],
    ['status:"pending "', 'filter: "pending " at position 8 is not a valid value for "status"; expected one of PENDING, SUCCESS, FAILURE'],
    ...['1.5', '1e18', '0x10', '+5', '""', '１', '--1'].map((v) => [
      `coins:>${v}`,
      `filter: ${JSON.stringify(v === '""' ? '' : v)} at position 8 is not a valid value for "coins"; expected a whole number such as 1000000000000000000`,
    ]),
    ...['2022-02-30', '2022-13-01', '2022-1-1', '2022-01-01T24:00:00Z', '2022-01-01T10:60:00Z', '2022-01-01T10:00:00+02:00', '2022-01-01T10:00Z', '2022-01-01T10:00:00.1234567890Z', 'yesterday'].map((v) => [
      `at:<${v}`,
      `filter: "${v}" at position 5 is not a valid value for "at"; expected a date such as 2022-01-01 or a UTC date-time such as 2022-01-01T10:00:00Z`,
    ]),
    ['hash:~a,,b', 'filter: empty item in the list "a,,b" at position 7; separate values with single commas'],
    ['hash:~,', 'filter: empty item in the list "," at position 7; separate values with single commas'],
    ['hash:~" "', 'filter: empty item in the list " " at position 7; separate values with single commas'],
  ])('%j → %s', (query, message) => {
    expect(refusal(query)).toBe(message);
  });

  it('reports syntax before fields: a broken query never reaches the field checks', () => {
    expect(refusal('amount:5 (')).toBe('filter: "(" at position 10 has no term after it');
  });
});
