import { GraphQLError } from 'graphql';
import { expect } from 'vitest';

/** What `fn` throws, checked to be a GraphQLError with the code `code` (extensions.code). */
export function expectGraphQLCode(fn: () => unknown, code: string): GraphQLError {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(GraphQLError);
  expect((caught as GraphQLError).extensions.code).toBe(code);
  return caught as GraphQLError;
}
