import type { Comparator } from './search-query.ast.js';

/** A token with no text of its own: a parenthesis, a modifier, a connective or the end. */
export interface MarkToken {
  readonly kind: 'lparen' | 'rparen' | 'minus' | 'not' | 'and' | 'or' | 'end';
  readonly position: number;
  /** Whitespace right before it: the grammar tells terms and connectives apart by it. */
  readonly spaceBefore: boolean;
}

/**
 * `name Comparator [ value ]` as one token. Note: read whole because what may follow a
 * comparator depends on it: an unquoted value may hold `:` (`at:>=2022-01-01T10:00:00Z`).
 */
export interface ComparisonToken {
  readonly kind: 'comparison';
  readonly position: number;
  readonly spaceBefore: boolean;
  readonly field: string;
  readonly comparator: Comparator;
  readonly comparatorPosition: number;
  readonly value: string | null;
  readonly valuePosition: number;
}

/** A quoted string where a term should start; the parser refuses it with its position. */
export interface StrayTextToken {
  readonly kind: 'text';
  readonly position: number;
  readonly spaceBefore: boolean;
}

/** One token of a search query. */
export type SearchToken = MarkToken | ComparisonToken | StrayTextToken;
