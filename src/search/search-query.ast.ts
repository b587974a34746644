/**
 * The tree a search query (seed 002, "search query syntax") parses into. Positions are
 * 1-based and count characters (Unicode code points) from the start of the query, so an
 * error can point at the exact spot a client typed.
 */

/** Seed 002's comparators, written as they appear after a field name. */
export const COMPARATORS = [':', ':<', ':>', ':<=', ':>=', ':*', ':~'] as const;

/** One of seed 002's comparators: equals, less/greater (or equal), is null, contains. */
export type Comparator = (typeof COMPARATORS)[number];

/** `name Comparator [ value ]`: one field compared with one value (or with null, for `:*`). */
export interface ComparisonNode {
  readonly kind: 'comparison';
  readonly field: string;
  readonly fieldPosition: number;
  readonly comparator: Comparator;
  readonly comparatorPosition: number;
  /** The value without its quotes; null only for `:*`, which takes no value. */
  readonly value: string | null;
  /** Where the value starts (its opening quote when quoted); for `:*`, just after the comparator. */
  readonly valuePosition: number;
}

/** A term under `-` or `NOT `. */
export interface NotNode {
  readonly kind: 'not';
  readonly operand: QueryNode;
}

/** Two or more terms that must all hold (explicit `AND` or plain whitespace). */
export interface AndNode {
  readonly kind: 'and';
  readonly operands: readonly QueryNode[];
}

/** Two or more conjunctions of which one must hold. */
export interface OrNode {
  readonly kind: 'or';
  readonly operands: readonly QueryNode[];
}

/** Any node of a parsed search query. */
export type QueryNode = ComparisonNode | NotNode | AndNode | OrNode;
