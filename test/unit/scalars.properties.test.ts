import fc from 'fast-check';
import { GraphQLError, Kind, type GraphQLScalarType, type ValueNode } from 'graphql';
import { Upload } from 'graphql-upload-minimal';
import { describe, expect, it } from 'vitest';
import { checksumAddress } from '../../src/lib/ethereum-address.js';
import { EthereumAddressScalar } from '../../src/types/scalars/ethereum-address.scalar.js';
import { JSONScalar } from '../../src/types/scalars/json.scalar.js';
import { CoinsScalar, DecimalScalar } from '../../src/types/scalars/money.scalars.js';
import { DateScalar, DateTimeScalar } from '../../src/types/scalars/time.scalars.js';
import { UploadScalar } from '../../src/types/scalars/upload.scalar.js';

/**
 * Every custom scalar, fed anything: it answers a correct value or a GraphQLError with
 * BAD_USER_INPUT, never another error (which the masker would turn into a 500-like
 * INTERNAL_SERVER_ERROR). The oracles below are written apart from the scalars' own
 * patterns, so that a pattern that drifts is caught.
 */

const RUNS = { numRuns: 400 };

/** The valid text of a calendar day, judged by Date's own calendar. */
function isRealDay(text: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A UTC date-time: a real day, a 24-hour clock, up to nine fraction digits, a Z. */
function isUtcDateTime(text: string): boolean {
  const m = /^([0-9]{4}-[0-9]{2}-[0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?Z$/.exec(text);
  return m !== null && isRealDay(m[1]!) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4]) < 60;
}

/** 20 hex bytes, in one case or exactly in their EIP-55 checksum case. */
function isAddressInput(text: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(text)) return false;
  const body = text.slice(2);
  return body === body.toLowerCase() || body === body.toUpperCase() || checksumAddress(text) === text;
}

const ORACLES: Array<{ scalar: GraphQLScalarType; accepts(text: string): boolean }> = [
  { scalar: CoinsScalar, accepts: (t) => /^-?[0-9]+$/.test(t) && t.length <= 79 },
  { scalar: DecimalScalar, accepts: (t) => /^-?[0-9]+(\.[0-9]+)?$/.test(t) && t.length <= 64 },
  { scalar: DateScalar, accepts: isRealDay },
  { scalar: DateTimeScalar, accepts: isUtcDateTime },
  { scalar: EthereumAddressScalar, accepts: isAddressInput },
];

/** Calls `run`: its value, or the error it threw, which must be a coded client refusal. */
function outcome(run: () => unknown): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    return { ok: false };
  }
}

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 90 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.stringMatching(/^-?[0-9]{1,90}(\.[0-9]{0,3})?$/),
  fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{0,10})?[Zz+]?)?$/),
  fc.stringMatching(/^0[xX][0-9a-fA-F]{38,41}$/),
  fc.constantFrom('', ' ', '0\n', '1e21', 'NaN', '-', '-0', '\u0661\u0662', '１２', '2024-02-29\n', '0000-00-00', '9999-12-31T23:59:60Z'),
);

/** Every kind of literal a query can hold in an argument's place. */
const literal: fc.Arbitrary<ValueNode> = fc.oneof(
  hostileText.map((value) => ({ kind: Kind.STRING, value }) as ValueNode),
  fc.integer().map((n) => ({ kind: Kind.INT, value: String(n) }) as ValueNode),
  fc.double({ noNaN: true }).map((n) => ({ kind: Kind.FLOAT, value: String(n) }) as ValueNode),
  fc.boolean().map((value) => ({ kind: Kind.BOOLEAN, value }) as ValueNode),
  fc.constant({ kind: Kind.NULL } as ValueNode),
  fc.constantFrom('RED', 'true').map((value) => ({ kind: Kind.ENUM, value }) as ValueNode),
  fc.constant({ kind: Kind.LIST, values: [] } as ValueNode),
  fc.constant({ kind: Kind.OBJECT, fields: [] } as ValueNode),
);

describe('custom scalars: properties', () => {
  it.each(ORACLES.map((o) => [o.scalar.name, o] as const))('%s: any text is parsed exactly when the oracle says so, else BAD_USER_INPUT', (_name, { scalar, accepts }) => {
    fc.assert(fc.property(hostileText, (text) => {
      const result = outcome(() => scalar.parseValue(text));
      expect(result.ok).toBe(accepts(text));
      if (result.ok) expect(result.value).toBe(scalar === EthereumAddressScalar ? checksumAddress(text) : text);
      const viaLiteral = outcome(() => scalar.parseLiteral({ kind: Kind.STRING, value: text }));
      expect(viaLiteral).toEqual(result);
    }), RUNS);
  });

  it.each([CoinsScalar, DecimalScalar, DateScalar, DateTimeScalar, EthereumAddressScalar, JSONScalar, UploadScalar].map((s) => [s.name, s] as const))(
    '%s: any JSON value or literal is a value or BAD_USER_INPUT, never another error',
    (_name, scalar) => {
      fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }), (value) => void outcome(() => scalar.parseValue(value))), RUNS);
      fc.assert(fc.property(literal, (node) => void outcome(() => scalar.parseLiteral(node))), RUNS);
    },
  );

  it('Coins: any integer round-trips digit for digit, beyond 2^53 and negative', () => {
    fc.assert(fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
      const text = n.toString();
      expect(CoinsScalar.parseValue(text)).toBe(text);
      expect(CoinsScalar.serialize(CoinsScalar.parseValue(text))).toBe(text);
    }), RUNS);
  });

  it('Decimal: any plain decimal round-trips as written, trailing zeros kept', () => {
    const decimal = fc.tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.option(fc.stringMatching(/^[0-9]{1,12}$/))).map(([i, f]) => (f === null ? String(i) : `${i}.${f}`));
    fc.assert(fc.property(decimal, (text) => {
      expect(DecimalScalar.parseValue(text)).toBe(text);
      expect(DecimalScalar.serialize(text)).toBe(text);
    }), RUNS);
  });

  it('Date and DateTime: any instant in years 0000–9999 round-trips, with up to nine fraction digits', () => {
    const instant = fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });
    fc.assert(fc.property(instant, fc.stringMatching(/^(\.[0-9]{1,9})?$/), (date, fraction) => {
      const day = date.toISOString().slice(0, 10);
      const at = `${date.toISOString().slice(0, 19)}${fraction}Z`;
      expect(DateScalar.parseValue(day)).toBe(day);
      expect(DateScalar.serialize(day)).toBe(day);
      expect(DateTimeScalar.parseValue(at)).toBe(at);
      expect(DateTimeScalar.serialize(at)).toBe(at);
    }), RUNS);
  });

  it('EthereumAddress: any 20 bytes in one case parse to the checksum, which parses and serializes to itself', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.boolean(), (bytes, upper) => {
      const hex = Buffer.from(bytes).toString('hex');
      const checksummed = EthereumAddressScalar.parseValue(`0x${upper ? hex.toUpperCase() : hex}`) as string;
      expect(checksummed.toLowerCase()).toBe(`0x${hex}`);
      expect(EthereumAddressScalar.parseValue(checksummed)).toBe(checksummed);
      expect(EthereumAddressScalar.serialize(checksummed)).toBe(checksummed);
      expect(EthereumAddressScalar.serialize(`0x${hex}`)).toBe(checksummed);
    }), RUNS);
  });

  it('EthereumAddress: a checksummed address with one letter flipped in case is refused', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.nat(), (bytes, at) => {
      const checksummed = EthereumAddressScalar.parseValue(`0x${Buffer.from(bytes).toString('hex')}`) as string;
      const letters = [...checksummed.slice(2)].flatMap((c, i) => (/[a-fA-F]/.test(c) ? [i + 2] : []));
      // Fewer than two letters: flipping one may leave a one-case address, which is valid.
      fc.pre(letters.length >= 2);
      const i = letters[at % letters.length]!;
      const c = checksummed[i]!;
      const flipped = checksummed.slice(0, i) + (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()) + checksummed.slice(i + 1);
      fc.pre(flipped.slice(2) !== flipped.slice(2).toLowerCase() && flipped.slice(2) !== flipped.slice(2).toUpperCase());
      expect(outcome(() => EthereumAddressScalar.parseValue(flipped)).ok).toBe(false);
    }), RUNS);
  });

  it('Upload: a file part is taken as its promise; anything else is BAD_USER_INPUT', () => {
    const part = new Upload();
    expect(UploadScalar.parseValue(part)).toBe(part.promise);
    for (const value of ['a file', null, {}, { promise: Promise.resolve() }]) expect(outcome(() => UploadScalar.parseValue(value)).ok).toBe(false);
    expect(outcome(() => UploadScalar.parseLiteral({ kind: Kind.STRING, value: 'x' })).ok).toBe(false);
  });
});
