import { GraphQLError, Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { JSONScalar } from '../../src/types/scalars/json.scalar.js';

describe('JSON', () => {
  it('passes upstream JSON through untouched, long numbers as the digit strings the parser kept', () => {
    const value = parseLosslessJson('{"errors":{"errors":[{"id":"internal_error","message":"ERROR_1"}],"httpStatus":500},"n":-1980490000000000000000}');
    expect(JSONScalar.serialize(value)).toBe(value);
    expect(JSONScalar.serialize(value)).toEqual({ errors: { errors: [{ id: 'internal_error', message: 'ERROR_1' }], httpStatus: 500 }, n: '-1980490000000000000000' });
    expect(JSONScalar.serialize(null)).toBeNull();
  });

  it('has the contract’s description and takes no client input', () => {
    expect(JSONScalar.description).toBe('Opaque upstream JSON, passed through untouched. Used only where the upstream shape is open.');
    expect(() => JSONScalar.parseValue({ a: 1 })).toThrow(GraphQLError);
    expect(() => JSONScalar.parseLiteral({ kind: Kind.STRING, value: 'x' })).toThrow(/output/);
  });
});
