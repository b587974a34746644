import fc from 'fast-check';
import { GraphQLError, Kind, type GraphQLScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { checksumAddress, isValidAddressInput } from '../../src/lib/ethereum-address.js';
import { EthereumAddressScalar } from '../../src/types/scalars/ethereum-address.scalar.js';
import { CoinsScalar, DecimalScalar } from '../../src/types/scalars/money.scalars.js';
import { DateScalar, DateTimeScalar } from '../../src/types/scalars/time.scalars.js';

/** EIP-55's own test vectors. */
const EIP55 = [
  '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
  '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
  '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
  '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
];

function refusal(scalar: GraphQLScalarType, value: unknown): GraphQLError {
  try {
    scalar.parseValue(value);
  } catch (err) {
    return err as GraphQLError;
  }
  throw new Error(`${scalar.name} accepted ${JSON.stringify(value)}`);
}

describe('Coins', () => {
  it('accepts integer strings digit for digit, negative and beyond 2^53 included', () => {
    for (const text of ['0', '-1980490000000000000000', '12060999999999999999934']) expect(CoinsScalar.parseValue(text)).toBe(text);
  });

  it('refuses anything but an integer string as BAD_USER_INPUT, numbers included', () => {
    for (const value of [1000, 1e21, '1.5', '1e21', '', ' 1', '0x10', null, {}, '1'.repeat(80)]) {
      expect(refusal(CoinsScalar, value).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(() => CoinsScalar.parseLiteral({ kind: Kind.INT, value: '1000' })).toThrow(/Coins must be a string/);
  });

  it('refuses every non-integer string (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const ok = /^-?\d+$/.test(text) && text.length <= 79;
        try {
          return CoinsScalar.parseValue(text) === text && ok;
        } catch (err) {
          return !ok && (err as GraphQLError).extensions.code === 'BAD_USER_INPUT';
        }
      }),
    );
  });
});

describe('Decimal', () => {
  it('accepts plain decimal strings and refuses exponents and numbers', () => {
    expect(DecimalScalar.parseValue('-0.06')).toBe('-0.06');
    for (const value of ['1e3', 0.1, '.5', '5.', 'NaN']) expect(refusal(DecimalScalar, value).extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('DateTime and Date', () => {
  it('accepts UTC date-times with up to nine fraction digits and real dates', () => {
    expect(DateTimeScalar.parseValue('2023-05-02T03:04:58.413407298Z')).toBe('2023-05-02T03:04:58.413407298Z');
    expect(DateTimeScalar.serialize('2023-05-02T03:04:58.413407298Z')).toBe('2023-05-02T03:04:58.413407298Z');
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses impossible dates and times, offsets, and ten fraction digits', () => {
    for (const value of ['2023-02-30T00:00:00Z', '2023-05-02T24:00:00Z', '2023-05-02T03:04:58+01:00', '2023-05-02T03:04:58.0123456789Z']) {
      expect(refusal(DateTimeScalar, value).extensions.code).toBe('BAD_USER_INPUT');
    }
    expect(refusal(DateScalar, '2023-02-29').extensions.code).toBe('BAD_USER_INPUT');
  });

  it('masks a bad output value as our bug (a plain Error), not a client error', () => {
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(Error);
    expect(() => DateTimeScalar.serialize('yesterday')).not.toThrow(GraphQLError);
  });
});

describe('EthereumAddress', () => {
  it('checksums as EIP-55 says', () => {
    for (const address of EIP55) {
      expect(checksumAddress(address.toLowerCase())).toBe(address);
      expect(checksumAddress(`0x${address.slice(2).toUpperCase()}`)).toBe(address);
    }
  });

  it('accepts all-lower, all-upper and correctly checksummed input, and gives it back checksummed', () => {
    for (const address of EIP55) {
      expect(EthereumAddressScalar.parseValue(address.toLowerCase())).toBe(address);
      expect(EthereumAddressScalar.parseValue(address)).toBe(address);
    }
  });

  it('refuses a mixed-case address with a wrong checksum, and anything that is not 20 hex bytes', () => {
    const typo = EIP55[0]!.replace('aA', 'Aa');
    expect(isValidAddressInput(typo)).toBe(false);
    for (const value of [typo, '0x123', `${EIP55[0]}00`, '5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed', '0xZZ' + '0'.repeat(38)]) {
      expect(refusal(EthereumAddressScalar, value).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('checksums what it sends, whatever case the upstream used', () => {
    expect(EthereumAddressScalar.serialize('0xe40555b43d60656b9510860a11d6bdcddb8e78a2')).toBe(checksumAddress('0xe40555b43d60656b9510860a11d6bdcddb8e78a2'));
  });
});
