import type { Comparator, ComparisonNode } from './search-query.ast.js';
import { quoted, searchQueryError } from './search-query.errors.js';
import type { SearchFieldSpec, SearchValue } from './search-query.fields.js';
import { searchInstant, searchInteger, searchText } from './search-query.values.js';

/** A compiled comparison: true when one field's value passes it. */
export type ValueTest = (value: SearchValue) => boolean;

type Ordered = Exclude<Comparator, ':*' | ':~'>;

/** What each comparator asks of the sign of (record value − query value). */
const ORDER: Record<Ordered, (sign: number) => boolean> = {
  ':': (sign) => sign === 0,
  ':<': (sign) => sign < 0,
  ':>': (sign) => sign > 0,
  ':<=': (sign) => sign <= 0,
  ':>=': (sign) => sign >= 0,
};

/** The comparators each field type takes, in the order error messages offer them. */
const ALLOWED: Record<SearchFieldSpec['type'], readonly Comparator[]> = {
  text: [':', ':~', ':*'],
  enum: [':', ':*'],
  integer: [':', ':<', ':>', ':<=', ':>=', ':*'],
  datetime: [':', ':<', ':>', ':<=', ':>=', ':*'],
};

const ARTICLE: Record<SearchFieldSpec['type'], string> = { text: 'a', enum: 'an', integer: 'an', datetime: 'a' };

const EXAMPLES: Record<'integer' | 'datetime', string> = {
  integer: 'a whole number such as 1000000000000000000',
  datetime: 'a date such as 2022-01-01 or a UTC date-time such as 2022-01-01T10:00:00Z',
};

/**
 * Compiles one comparison against its field's declared type; BAD_USER_INPUT, naming the
 * position, for a comparator the type does not take or a value it cannot hold. Note: a
 * record value that is absent or unreadable as the type fails every comparison but `:*`,
 * so `-coins:>5` matches a record without coins (two-valued logic: NOT NOT q is q).
 */
export function compileComparison(node: ComparisonNode, spec: SearchFieldSpec, label: string): ValueTest {
  const { comparator, field } = node;
  if (!ALLOWED[spec.type].includes(comparator)) {
    const offer = ALLOWED[spec.type].map((c) => `"${c}"`);
    const kind = `${ARTICLE[spec.type]} ${spec.type} field`;
    const use = `${offer.slice(0, -1).join(', ')} or ${offer[offer.length - 1] ?? ''}`;
    throw searchQueryError(label, `${quoted(comparator)} at position ${node.comparatorPosition} cannot be used on ${quoted(field)}, ${kind}; use ${use}`);
  }
  if (comparator === ':*') return (value) => value === null || value === undefined;
  const text = node.value ?? '';
  const bad = (what: string): Error =>
    searchQueryError(label, `${quoted(text)} at position ${node.valuePosition} is not a valid value for ${quoted(field)}; expected ${what}`);
  switch (spec.type) {
    case 'text':
      return comparator === ':~' ? containsAll(node, text, label) : equalsIgnoringCase(text);
    case 'enum': {
      const wanted = spec.values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (wanted === undefined) throw bad(`one of ${spec.values.join(', ')}`);
      return equalsIgnoringCase(wanted);
    }
    case 'integer': {
      const wanted = searchInteger(text);
      if (wanted === undefined) throw bad(EXAMPLES.integer);
      // ALLOWED has refused ":~" for the ordered types above.
      return ordered(wanted, searchInteger, comparator as Ordered);
    }
    case 'datetime': {
      const wanted = searchInstant(text);
      if (wanted === undefined) throw bad(EXAMPLES.datetime);
      return ordered(wanted, searchInstant, comparator as Ordered);
    }
  }
}

/** Compares the record's value, read as the type, with the query's; unreadable fails. */
function ordered<T extends bigint | string>(wanted: T, read: (value: SearchValue) => T | undefined, comparator: Ordered): ValueTest {
  const test = ORDER[comparator];
  return (value) => {
    const have = read(value);
    return have !== undefined && test(have < wanted ? -1 : have > wanted ? 1 : 0);
  };
}

function equalsIgnoringCase(wanted: string): ValueTest {
  const lower = wanted.toLowerCase();
  return (value) => searchText(value)?.toLowerCase() === lower;
}

/**
 * `:~a,b,c`: the value holds every listed text, ignoring case. Note: items are trimmed so
 * that `:~"light blue, red"` lists "light blue" and "red"; an empty item is refused
 * rather than read as "contains nothing", which every value would match.
 */
function containsAll(node: ComparisonNode, text: string, label: string): ValueTest {
  const items = text.split(',').map((item) => item.trim().toLowerCase());
  if (items.some((item) => item === '')) {
    throw searchQueryError(label, `empty item in the list ${quoted(text)} at position ${node.valuePosition}; separate values with single commas`);
  }
  return (value) => {
    const have = searchText(value)?.toLowerCase();
    return have !== undefined && items.every((item) => have.includes(item));
  };
}
