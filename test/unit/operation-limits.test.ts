import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { depthLimit } from '../../src/server/operation-limits.js';

const schema = buildSchema(`
  type Query { a: A }
  type A { b: B, list: [A!]! }
  type B { c: C, a: A }
  type C { leaf: String }
`);

function messages(query: string, max: number): string[] {
  return validate(schema, parse(query), [...specifiedRules, depthLimit(max)]).map((e) => e.message);
}

describe('depthLimit', () => {
  it('allows an operation exactly at the limit', () => {
    expect(messages('{ a { b { c { leaf } } } }', 4)).toEqual([]);
  });

  it('refuses one level more, naming the depth and the limit', () => {
    expect(messages('{ a { b { c { leaf } } } }', 3)).toEqual(['The operation is nested 4 levels deep; at most 3 are allowed.']);
  });

  it('counts through fragments and inline fragments', () => {
    const query = `
      query { a { ...F } }
      fragment F on A { b { ... on B { a { list { b { c { leaf } } } } } } }
    `;
    expect(messages(query, 6)).toEqual(['The operation is nested 7 levels deep; at most 6 are allowed.']);
    expect(messages(query, 7)).toEqual([]);
  });

  it('does not count introspection', () => {
    expect(messages('{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }', 2)).toEqual([]);
  });

  it('survives a fragment cycle (reported by graphql-js, not looped over)', () => {
    const query = 'query { a { ...F } } fragment F on A { list { ...F } }';
    expect(messages(query, 10).some((m) => /Cannot spread fragment "F" within itself/.test(m))).toBe(true);
  });
});
