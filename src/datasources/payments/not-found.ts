import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../errors/error-codes.js';

/**
 * The answer, or null when the upstream said 404: for reads whose "nothing there" the
 * graph shows as null (no top-up set, an unknown promo code). Every other failure stays
 * an error.
 */
export async function nullWhenNotFound<T>(answer: Promise<T>): Promise<T | null> {
  try {
    return await answer;
  } catch (err) {
    if (err instanceof GraphQLError && err.extensions.code === ErrorCode.NotFound && err.extensions.upstream?.status === 404) return null;
    throw err;
  }
}
