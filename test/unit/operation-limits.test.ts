import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checkOperationLimits, type OperationLimits } from '../../src/server/validation/operation-limits.js';
import { measureOperation, selectOperation } from '../../src/server/validation/measure-operation.js';

const schema = buildSchema(`
  type Query { a: A, items(first: Int = 10): Page, plans: [A!]! }
  type Page { edges: [A!]! total: Int }
  type A { b: B, list: [A!]!, id: ID, leaf: String }
  type B { c: C, a: A }
  type C { leaf: String }
  type Mutation { pay: Boolean, other: Boolean }
`);
// Marks `pay` the way TypeGraphQL's @Extensions does.
schema.getMutationType()!.getFields().pay!.extensions = { moneyMoving: true };

const LIMITS: OperationLimits = { maxTokens: 2000, maxDepth: 8, maxAliases: 15, maxDirectives: 50, maxCost: 5000 };

function measure(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return measureOperation(schema, document, selectOperation(document, undefined)!, variables, 10);
}

function refusals(query: string, limits: Partial<OperationLimits> = {}, variables?: Record<string, unknown>): string[] {
  return checkOperationLimits(schema, parse(query), undefined, variables, { ...LIMITS, ...limits }).map((e) => e.message);
}

describe('operation depth', () => {
  it('allows an operation exactly at the limit and refuses one level more, naming both', () => {
    expect(refusals('{ a { b { c { leaf } } } }', { maxDepth: 4 })).toEqual([]);
    expect(refusals('{ a { b { c { leaf } } } }', { maxDepth: 3 })).toEqual(['The operation is nested 4 levels deep; at most 3 are allowed.']);
  });

  it('counts through fragments and inline fragments', () => {
    const query = `
      query { a { ...F } }
      fragment F on A { b { ... on B { a { list { b { c { leaf } } } } } } }
    `;
    expect(measure(query).depth).toBe(7);
  });

  it('does not count introspection', () => {
    expect(measure('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }').depth).toBe(0);
  });

  it('survives a fragment cycle (graphql-js reports it; this must only not loop)', () => {
    expect(measure('query { a { ...F } } fragment F on A { list { ...F } }').depth).toBe(2);
  });
});

describe('linear time', () => {
  /** F0..Fn, each spreading the one below twice: 2^n fields when expanded, n+1 fragments to read. */
  function fanOut(levels: number): string {
    const fragments = [`fragment F0 on A { id }`];
    for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on A { ...F${i - 1} a${i}: id ...F${i - 1} }`);
    return `{ a { ...F${levels} } } ${fragments.join(' ')}`;
  }

  it('measures a 60-level fragment fan-out without expanding it, and refuses it', () => {
    const started = performance.now();
    const m = measure(fanOut(60));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(m.depth).toBe(2);
    expect(m.aliases).toBeGreaterThan(2 ** 59);
    expect(refusals(fanOut(60))).toEqual(expect.arrayContaining([expect.stringMatching(/aliases; at most 15/), expect.stringMatching(/cost more than 2\^53/)]));
  });
});

describe('aliases, directives and cost', () => {
  it('counts aliases, with a fragment counted where it is spread', () => {
    expect(measure('{ x: a { id } y: a { id } }').aliases).toBe(2);
    expect(measure('{ a { ...F ...F } } fragment F on A { i: id }').aliases).toBe(2);
    expect(refusals(`{ ${Array.from({ length: 16 }, (_, i) => `x${i}: a { id }`).join(' ')} }`)).toEqual([
      'The operation uses 16 aliases; at most 15 are allowed.',
    ]);
  });

  it('counts directives, the operation\'s own included', () => {
    expect(measure('query Q @skip(if: false) { a @include(if: true) { id @skip(if: false) } }').directives).toBe(3);
    expect(refusals('{ a @include(if: true) { id @skip(if: false) } }', { maxDirectives: 1 })).toEqual([
      'The operation uses 2 directives; at most 1 are allowed.',
    ]);
  });

  it('weighs a field with `first` by its value, variables included, and its page list once', () => {
    expect(measure('{ items(first: 5) { edges { id leaf } } }').cost).toBe(1 + 5 * (1 + 1 * 2));
    expect(measure('query ($n: Int) { items(first: $n) { edges { id } } }', { n: 50 }).cost).toBe(1 + 50 * 2);
    // An argument left out takes the schema's default (10).
    expect(measure('{ items { edges { id } } }').cost).toBe(1 + 10 * 2);
  });

  it("weighs a variable not sent by its default, and one without a default by the argument's", () => {
    const byDefault = 'query ($n: Int = 400) { items(first: $n) { edges { id } } }';
    expect(measure(byDefault).cost).toBe(1 + 400 * 2);
    expect(measure(byDefault, { n: 3 }).cost).toBe(1 + 3 * 2);
    expect(measure('query ($n: Int) { items(first: $n) { edges { id } } }').cost).toBe(1 + 10 * 2);
    expect(refusals(byDefault, { maxCost: 500 })).toHaveLength(1);
    expect(refusals(byDefault, { maxCost: 500 }, { n: 3 })).toEqual([]);
  });

  it('weighs a list without `first` by the default list size', () => {
    expect(measure('{ plans { id list { id } } }').cost).toBe(1 + 10 * (1 + 1 + 10 * 1));
  });

  it('refuses an operation over the cost budget', () => {
    expect(refusals('query ($n: Int) { items(first: $n) { edges { id list { id } } } }', { maxCost: 1000 }, { n: 100 })).toEqual([
      expect.stringMatching(/would cost 1301 .*at most 1000/),
    ]);
  });

  it('allows one money-moving mutation per operation', () => {
    expect(refusals('mutation { pay other }')).toEqual([]);
    expect(refusals('mutation { a: pay b: pay }')).toEqual(['An operation may move money once: send each money-moving mutation as an operation of its own.']);
  });

  it('measures only the operation that runs', () => {
    const document = parse('query Small { a { id } } query Deep { a { b { c { leaf } } } }');
    expect(checkOperationLimits(schema, document, 'Small', undefined, { ...LIMITS, maxDepth: 2 })).toEqual([]);
    expect(checkOperationLimits(schema, document, 'Deep', undefined, { ...LIMITS, maxDepth: 2 })).toHaveLength(1);
  });
});
