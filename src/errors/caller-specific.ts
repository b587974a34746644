import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes.js';

/** A failure that belongs to whoever's credentials were used, not to the data (401, 403). */
export function isCallerSpecific(err: unknown): boolean {
  const code = err instanceof GraphQLError ? err.extensions.code : undefined;
  return code === ErrorCode.Unauthenticated || code === ErrorCode.Forbidden;
}
