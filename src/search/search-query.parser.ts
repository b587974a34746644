import type { QueryNode } from './search-query.ast.js';
import { quoted, searchQueryError } from './search-query.errors.js';
import { createSearchLexer, type SearchLexer } from './search-query.lexer.js';
import { searchQuerySettings, type SearchQueryOptions, type SearchQuerySettings } from './search-query.limits.js';
import type { MarkToken, SearchToken } from './search-query.token.js';

/** Tokens a term can start with. */
const TERM_START = new Set<SearchToken['kind']>(['comparison', 'lparen', 'minus', 'not']);
const WORDS: Record<SearchToken['kind'], string> = {
  lparen: '"("', rparen: '")"', minus: '"-"', not: '"NOT"', and: '"AND"', or: '"OR"',
  text: 'quoted text', comparison: 'a term', end: 'the end of the query',
};
const describe = (token: SearchToken): string => (token.kind === 'comparison' ? quoted(token.field) : WORDS[token.kind]);

/**
 * Parses a search query (seed 002, "search query syntax") into its tree; BAD_USER_INPUT,
 * naming the 1-based position, for anything else. The grammar, as read here:
 *
 *     Query    = And { whitespace "OR" whitespace And }
 *     And      = Term { whitespace [ "AND" whitespace ] Term }
 *     Term     = { Modifier } ( "(" Query ")" | name Comparator [ value ] )
 *     Modifier = "-" | "NOT" whitespace
 *
 * Note: the seed gives AND and OR no precedence. AND, written or implied, binds tighter, as
 * in SQL and most search syntaxes: `a:1 OR b:2 c:3` is `a:1 OR (b:2 AND c:3)`.
 * Note: two leniencies beyond the seed's EBNF, neither of which changes what a query it
 * accepts means: whitespace may open and close the query and the inside of parentheses,
 * and modifiers may repeat (`NOT -a:1`, `NOT NOT a:1`). Each `(` and modifier is one level
 * of nesting, checked against the cap before the parser descends into it.
 */
export function parseSearchQuery(query: string, options?: SearchQueryOptions): QueryNode {
  const settings = searchQuerySettings(options);
  const { label, maxLength } = settings;
  if (typeof query !== 'string') throw searchQueryError(label, 'expected a string');
  // Note: more UTF-16 units than twice the cap means more characters than the cap: refused before copying.
  const chars = query.length > maxLength * 2 ? null : Array.from(query);
  if (chars === null || chars.length > maxLength) throw searchQueryError(label, `the query is longer than the limit of ${maxLength} characters`);
  return new Parser(createSearchLexer(chars, label), settings).parse();
}

class Parser {
  /** The next token, read only when looked at, so that a mistake further on waits its turn. */
  private current: SearchToken | undefined;

  constructor(
    private readonly lexer: SearchLexer,
    private readonly settings: SearchQuerySettings,
  ) {}

  parse(): QueryNode {
    const first = this.peek();
    if (first.kind === 'end') throw this.fail(`the query is empty; expected a term at position ${first.position}`);
    const node = this.query(0);
    const rest = this.peek();
    if (rest.kind === 'rparen') throw this.fail(`unexpected ")" at position ${rest.position}; no "(" is open`);
    return node;
  }

  private query(depth: number): QueryNode {
    const operands = [this.and(depth)];
    while (this.peek().kind === 'or') {
      this.connective();
      operands.push(this.and(depth));
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'or', operands };
  }

  private and(depth: number): QueryNode {
    const operands = [this.term(depth)];
    for (let next = this.peek(); next.kind !== 'end' && next.kind !== 'rparen' && next.kind !== 'or'; next = this.peek()) {
      if (next.kind === 'and') this.connective();
      else if (!next.spaceBefore) throw this.fail(`expected whitespace before ${describe(next)} at position ${next.position}`);
      operands.push(this.term(depth));
    }
    return operands.length === 1 && operands[0] ? operands[0] : { kind: 'and', operands };
  }

  /** Consumes `AND`/`OR` after checking the whitespace around it and that a term follows. */
  private connective(): void {
    const token = this.take();
    const word = describe(token);
    if (!token.spaceBefore) throw this.fail(`expected whitespace before ${word} at position ${token.position}`);
    const after = this.peek();
    if (after.kind === 'end') throw this.fail(`${word} at position ${token.position} has no term after it`);
    if (!TERM_START.has(after.kind)) throw this.fail(`unexpected ${describe(after)} at position ${after.position}; expected a term after ${word}`);
    if (!after.spaceBefore) throw this.fail(`expected whitespace after ${word} at position ${after.position}`);
  }

  private term(depth: number): QueryNode {
    const token = this.take();
    switch (token.kind) {
      case 'comparison': {
        const { field, position: fieldPosition, comparator, comparatorPosition, value, valuePosition } = token;
        return { kind: 'comparison', field, fieldPosition, comparator, comparatorPosition, value, valuePosition };
      }
      case 'minus':
      case 'not':
        return { kind: 'not', operand: this.modified(token, depth) };
      case 'lparen':
        return this.group(token, depth);
      case 'end':
        throw this.fail(`expected a term at position ${token.position}; found the end of the query`);
      default:
        throw this.fail(`unexpected ${describe(token)} at position ${token.position}; expected a term`);
    }
  }

  private modified(modifier: MarkToken, depth: number): QueryNode {
    this.checkDepth(modifier, depth);
    const word = describe(modifier);
    const after = this.peek();
    if (after.kind === 'end') throw this.fail(`${word} at position ${modifier.position} has no term after it`);
    if (modifier.kind === 'minus' && after.spaceBefore) {
      throw this.fail(`"-" at position ${modifier.position} must be followed directly by a term, without whitespace`);
    }
    if (modifier.kind === 'not' && !after.spaceBefore) throw this.fail(`expected whitespace after "NOT" at position ${after.position}`);
    return this.term(depth + 1);
  }

  private group(open: MarkToken, depth: number): QueryNode {
    this.checkDepth(open, depth);
    if (this.peek().kind === 'end') throw this.fail(`"(" at position ${open.position} has no term after it`);
    const inner = this.query(depth + 1);
    const close = this.take();
    if (close.kind !== 'rparen') {
      throw this.fail(`expected ")" at position ${close.position} to close the "(" at position ${open.position}; found ${describe(close)}`);
    }
    return inner;
  }

  private checkDepth(token: MarkToken, depth: number): void {
    const { maxDepth } = this.settings;
    if (depth >= maxDepth) {
      throw this.fail(`nesting deeper than the limit of ${maxDepth} levels at position ${token.position} (each "(", "-" and "NOT" is one level)`);
    }
  }

  private peek(): SearchToken {
    this.current ??= this.lexer.next();
    return this.current;
  }

  private take(): SearchToken {
    const token = this.peek();
    if (token.kind !== 'end') this.current = undefined;
    return token;
  }

  private fail(detail: string): Error {
    return searchQueryError(this.settings.label, detail);
  }
}
