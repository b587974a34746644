/** Shared fixtures of the search-query tests: the transfers' fields, a tree printer, generators and an oracle. */
import fc from 'fast-check';
import type { ComparisonNode, QueryNode } from '../../src/search/search-query.ast.js';
import type { SearchFields, SearchRecord, SearchValue } from '../../src/search/search-query.fields.js';

/** The fields the gateway will declare for `User.transfers(filter:)`. */
export const TRANSFER_FIELDS = {
  kind: { type: 'enum', values: ['ETHEREUM', 'CASHOUT', 'COINBASE', 'POLONIEX', 'DEPOSIT', 'USER_CASHBACK', 'RETAIL_CONNECT'] },
  status: { type: 'enum', values: ['PENDING', 'SUCCESS', 'FAILURE'] },
  at: { type: 'datetime' },
  coins: { type: 'integer' },
  hash: { type: 'text' },
  currency: { type: 'text' },
} as const satisfies SearchFields;

const PLAIN = /^[^\s()"']+$/;
const OPERATOR_START = /^[:=<>!~*]/;

/** A tree in a compact form without positions: `OR(a:1, AND(b:2, NOT(c:*)))`. */
export function show(node: QueryNode): string {
  switch (node.kind) {
    case 'comparison':
      return `${node.field}${node.comparator}${node.value === null ? '' : PLAIN.test(node.value) ? node.value : JSON.stringify(node.value)}`;
    case 'not':
      return `NOT(${show(node.operand)})`;
    default:
      return `${node.kind.toUpperCase()}(${node.operands.map(show).join(', ')})`;
  }
}

/** How {@link print} lays a tree out as query text. */
export interface Layout {
  and: 'implicit' | 'explicit';
  not: '-' | 'NOT';
  /** Whitespace runs used in turn wherever the grammar has whitespace. */
  spaces: readonly string[];
  /** Whitespace at both ends and just inside parentheses. */
  pad: boolean;
}

/** Query text for a tree, parenthesised only where the grammar needs it (AND inside OR is not). */
export function print(node: QueryNode, layout: Layout): string {
  let turn = 0;
  const space = (): string => layout.spaces[turn++ % layout.spaces.length] ?? ' ';
  const group = (inner: QueryNode): string => (layout.pad ? `(${space()}${walk(inner)}${space()})` : `(${walk(inner)})`);
  const walk = (n: QueryNode): string => {
    switch (n.kind) {
      case 'comparison':
        return `${n.field}${n.comparator}${n.value === null ? '' : quote(n.value)}`;
      case 'not': {
        const operand = n.operand.kind === 'and' || n.operand.kind === 'or' ? group(n.operand) : walk(n.operand);
        return layout.not === '-' ? `-${operand}` : `NOT${space()}${operand}`;
      }
      case 'and':
        return n.operands
          .map((o) => (o.kind === 'and' || o.kind === 'or' ? group(o) : walk(o)))
          .join(layout.and === 'implicit' ? space() : `${space()}AND${space()}`);
      case 'or':
        return n.operands.map((o) => (o.kind === 'or' ? group(o) : walk(o))).join(`${space()}OR${space()}`);
    }
  };
  const text = walk(node);
  return layout.pad ? `${space()}${text}${space()}` : text;
}

function quote(value: string): string {
  if (value !== '' && PLAIN.test(value) && !OPERATOR_START.test(value)) return value;
  return value.includes('"') ? `'${value}'` : `"${value}"`;
}

const leaf = (field: string, comparator: ComparisonNode['comparator'], value: string | null): ComparisonNode => ({
  kind: 'comparison', field, comparator, value, fieldPosition: 0, comparatorPosition: 0, valuePosition: 0,
});
const ORDERED = [':', ':<', ':>', ':<=', ':>='] as const;
const casing = (text: string) => fc.constantFrom(text, text.toLowerCase(), text[0] + text.slice(1).toLowerCase());

/** Small pools, so that generated queries and records often meet. */
export const pools = {
  text: fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B', ' ', '-', ',', '(', ':'), maxLength: 4 }),
  item: fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'B'), minLength: 1, maxLength: 2 }),
  integer: fc.oneof(fc.constantFrom(0n, 1n, -1n, 2n ** 53n, 2n ** 53n + 1n, 10n ** 18n), fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n })),
  instant: fc.date({ min: new Date('2021-12-30T00:00:00Z'), max: new Date('2022-01-03T00:00:00Z'), noInvalidDate: true }),
};

/** A random comparison that compiles against {@link TRANSFER_FIELDS}. */
export const comparisonArb: fc.Arbitrary<ComparisonNode> = fc.oneof(
  fc.constantFrom(...Object.keys(TRANSFER_FIELDS)).map((f) => leaf(f, ':*', null)),
  fc.tuple(fc.constantFrom('kind' as const, 'status' as const), fc.nat()).chain(([f, i]) => {
    const values = TRANSFER_FIELDS[f].values;
    return casing(values[i % values.length] ?? '').map((v) => leaf(f, ':', v));
  }),
  fc.tuple(fc.constantFrom('hash', 'currency'), pools.text).map(([f, v]) => leaf(f, ':', v)),
  fc.tuple(fc.constantFrom('hash', 'currency'), fc.array(pools.item, { minLength: 1, maxLength: 3 })).map(([f, v]) => leaf(f, ':~', v.join(','))),
  fc.tuple(fc.constantFrom(...ORDERED), pools.integer).map(([c, v]) => leaf('coins', c, String(v))),
  fc.tuple(fc.constantFrom(...ORDERED), pools.instant, fc.boolean()).map(([c, d, day]) => leaf('at', c, day ? d.toISOString().slice(0, 10) : d.toISOString())),
);

/** A random tree, at most `depth` operators deep. */
export function treeArb(depth: number): fc.Arbitrary<QueryNode> {
  if (depth === 0) return comparisonArb;
  const sub = treeArb(depth - 1);
  const operands = fc.array(sub, { minLength: 2, maxLength: 3 });
  return fc.oneof(
    { weight: 3, arbitrary: comparisonArb },
    { weight: 1, arbitrary: sub.map((operand): QueryNode => ({ kind: 'not', operand })) },
    { weight: 1, arbitrary: operands.map((o): QueryNode => ({ kind: 'and', operands: o })) },
    { weight: 1, arbitrary: operands.map((o): QueryNode => ({ kind: 'or', operands: o })) },
  );
}

/** A random layout. */
export const layoutArb: fc.Arbitrary<Layout> = fc.record({
  and: fc.constantFrom('implicit' as const, 'explicit' as const),
  not: fc.constantFrom('-' as const, 'NOT' as const),
  spaces: fc.array(fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r\n'), minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  pad: fc.boolean(),
});

const absent = fc.constantFrom(null, undefined);
/** A random transfer record, absent and malformed values included. */
export const recordArb: fc.Arbitrary<SearchRecord> = fc.record({
  kind: fc.oneof(fc.constantFrom(...TRANSFER_FIELDS.kind.values), absent),
  status: fc.oneof(fc.constantFrom(...TRANSFER_FIELDS.status.values, 'pending'), absent),
  at: fc.oneof(pools.instant.map((d) => d.toISOString()), pools.instant.map((d) => d.toISOString().replace('Z', '000001Z')), absent, fc.constant('yesterday')),
  coins: fc.oneof(pools.integer, pools.integer.map(String), absent, fc.constant('1e3')),
  hash: fc.oneof(pools.text, absent),
  currency: fc.oneof(pools.text, fc.constant(7n), absent),
});

/**
 * An independent reading of what a tree means for a record (Date.parse for instants, a
 * pattern and BigInt for integers), to hold the compiler to.
 */
export function oracle(node: QueryNode, record: SearchRecord): boolean {
  if (node.kind === 'not') return !oracle(node.operand, record);
  if (node.kind === 'and') return node.operands.every((o) => oracle(o, record));
  if (node.kind === 'or') return node.operands.some((o) => oracle(o, record));
  const have = record[node.field];
  if (node.comparator === ':*') return have === null || have === undefined;
  const want = node.value ?? '';
  const text = typeof have === 'bigint' ? String(have) : have;
  if (node.field === 'coins') {
    const n = typeof have === 'bigint' ? have : typeof have === 'string' && /^-?[0-9]+$/.test(have) ? BigInt(have) : undefined;
    return n !== undefined && holds(node.comparator, n === BigInt(want) ? 0 : n < BigInt(want) ? -1 : 1);
  }
  if (node.field === 'at') {
    const [a, b] = [instant(have), instant(want.length === 10 ? `${want}T00:00:00Z` : want)];
    return a !== undefined && b !== undefined && holds(node.comparator, a[0] - b[0] || a[1] - b[1]);
  }
  if (typeof text !== 'string') return false;
  if (node.comparator === ':~') return want.split(',').every((item) => text.toLowerCase().includes(item.trim().toLowerCase()));
  return text.toLowerCase() === want.toLowerCase();
}

function holds(comparator: string, sign: number): boolean {
  return { ':': sign === 0, ':<': sign < 0, ':>': sign > 0, ':<=': sign <= 0, ':>=': sign >= 0 }[comparator] ?? false;
}

/** Milliseconds since the epoch and the nanoseconds below them, or undefined. */
function instant(value: SearchValue): [number, number] | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  const extra = /\.\d{3}(\d*)Z$/.exec(value)?.[1] ?? '';
  return Number.isNaN(ms) ? undefined : [ms, Number(extra.padEnd(6, '0'))];
}
