import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const INTEGER = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function stringScalar(name: string, description: string, pattern: RegExp, example: string): GraphQLScalarType<string, string> {
  const check = (value: unknown): string => {
    if (typeof value === 'string' && pattern.test(value)) return value;
    throw new GraphQLError(`${name} must be a string like "${example}", got ${JSON.stringify(value)}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  };
  // An output value that fails is our bug, not the client's input: a plain Error is masked.
  const serialize = (value: unknown): string => {
    if (typeof value === 'string' && pattern.test(value)) return value;
    throw new Error(`${name} cannot represent ${JSON.stringify(value)}`);
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize,
    parseValue: check,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return check(ast.value);
      return check(undefined);
    },
  });
}

/** Integer coin base units as a decimal string; exact, may be negative. */
export const CoinsScalar = stringScalar(
  'Coins',
  'Integer amount of coin base units (1 coin = 10^18 units), as a decimal string. May be negative. Exact: never a float.',
  INTEGER,
  '1250000000000000000000',
);

/** An exact fiat amount as a decimal string. */
export const DecimalScalar = stringScalar(
  'Decimal',
  'Exact decimal number as a string, e.g. "219.03" or "-0.06"; no exponent.',
  DECIMAL,
  '219.03',
);

/** A UTC date-time. */
export const DateTimeScalar = stringScalar(
  'DateTime',
  'ISO-8601 date-time in UTC, e.g. 2023-05-02T03:09:17Z (fractions of a second allowed).',
  DATE_TIME,
  '2023-05-02T03:09:17Z',
);

/** A calendar date. */
export const DateScalar = stringScalar('Date', 'Calendar date, YYYY-MM-DD.', DATE, '2023-05-02');
