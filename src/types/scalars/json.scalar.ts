import { GraphQLError, GraphQLScalarType } from 'graphql';
import { ErrorCode } from '../../errors/error-codes.js';

function refuseInput(): never {
  throw new GraphQLError('JSON is an output type here: no argument takes it.', { extensions: { code: ErrorCode.BadUserInput } });
}

/**
 * Upstream JSON handed to clients untouched, for the few places where the upstream's shape
 * is open (a transfer's `service_response`). Note: not graphql-scalars' GraphQLJSON, which
 * also reads client input and adds a `@specifiedBy` the contract does not have; here the
 * scalar only goes out, and numbers past 2^53 go out as the digit strings the lossless
 * parser kept.
 */
export const JSONScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Opaque upstream JSON, passed through untouched. Used only where the upstream shape is open.',
  serialize: (value) => value,
  parseValue: refuseInput,
  parseLiteral: refuseInput,
});
