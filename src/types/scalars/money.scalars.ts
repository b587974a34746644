import { DECIMAL_TEXT, INTEGER_TEXT } from '../../lib/patterns.js';
import { textScalar } from './string-scalar.js';

/** Integer coin base units as a decimal string; exact, may be negative. Input: integer strings only. */
export const CoinsScalar = textScalar({
  name: 'Coins',
  description: 'Integer amount of coin base units (1 coin = 10^18 units), as a decimal string. May be negative. Exact: never a float.',
  example: '1250000000000000000000',
  // 78 digits hold any uint256, more than any coin amount.
  maxLength: 79,
  parse: (text) => (INTEGER_TEXT.test(text) ? text : undefined),
  isOutput: (value) => INTEGER_TEXT.test(value),
});

/** An exact fiat amount as a decimal string. */
export const DecimalScalar = textScalar({
  name: 'Decimal',
  description: 'Exact decimal number as a string, e.g. "219.03" or "-0.06"; no exponent.',
  example: '219.03',
  maxLength: 64,
  parse: (text) => (DECIMAL_TEXT.test(text) ? text : undefined),
  isOutput: (value) => DECIMAL_TEXT.test(value),
});
