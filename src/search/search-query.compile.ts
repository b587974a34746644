import type { QueryNode } from './search-query.ast.js';
import { quoted, searchQueryError } from './search-query.errors.js';
import type { SearchFields, SearchFieldSpec, SearchPredicate } from './search-query.fields.js';
import { searchQuerySettings, type SearchQueryOptions } from './search-query.limits.js';
import { compileComparison } from './search-query.matchers.js';
import { parseSearchQuery } from './search-query.parser.js';

/**
 * Parses a search query (seed 002) and checks it against the declared fields, giving a
 * predicate over records. Every mistake (syntax, unknown field, comparator or value the
 * field's type refuses, a limit) is BAD_USER_INPUT naming its position; the predicate
 * itself never throws. Compile before calling an upstream, so that a bad filter costs no
 * call. Time and memory are linear in the query; evaluation is linear in its terms.
 *
 * @example
 * const matches = compileSearchQuery('kind:cashout OR coins:>1000000000000000000', {
 *   kind: { type: 'enum', values: ['CASHOUT', 'DEPOSIT'] },
 *   coins: { type: 'integer' },
 * });
 * const shown = transfers.filter((t) => matches({ kind: t.kind, coins: t.coins }));
 */
export function compileSearchQuery(query: string, fields: SearchFields, options?: SearchQueryOptions): SearchPredicate {
  const { label } = searchQuerySettings(options);
  // Note: a Map of own entries, so that `constructor:x` or `__proto__:x` is an unknown field, not Object's.
  const specs = new Map(Object.entries(fields));
  return compileNode(parseSearchQuery(query, options), specs, label);
}

function compileNode(node: QueryNode, specs: ReadonlyMap<string, SearchFieldSpec>, label: string): SearchPredicate {
  switch (node.kind) {
    case 'comparison': {
      const spec = specs.get(node.field);
      if (spec === undefined) {
        const known = [...specs.keys()].join(', ');
        throw searchQueryError(label, `unknown field ${quoted(node.field)} at position ${node.fieldPosition}; known fields: ${known}`);
      }
      const test = compileComparison(node, spec, label);
      const { field } = node;
      return (record) => test(Object.hasOwn(record, field) ? record[field] : undefined);
    }
    case 'not': {
      const operand = compileNode(node.operand, specs, label);
      return (record) => !operand(record);
    }
    case 'and': {
      const operands = node.operands.map((operand) => compileNode(operand, specs, label));
      return (record) => operands.every((operand) => operand(record));
    }
    case 'or': {
      const operands = node.operands.map((operand) => compileNode(operand, specs, label));
      return (record) => operands.some((operand) => operand(record));
    }
  }
}
