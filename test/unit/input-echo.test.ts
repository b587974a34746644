import { describe, expect, it } from 'vitest';
import { withoutEchoedInput } from '../../src/errors/input-echo.js';

describe('withoutEchoedInput', () => {
  it('cuts the refused value out of graphql-js variable errors, keeping the variable, path and reason', () => {
    expect(withoutEchoedInput('Variable "$input" got invalid value 4242424242424242 at "input.card.number"; String cannot represent a non string value: 4242424242424242')).toBe(
      'Variable "$input" got an invalid value at "input.card.number"; String cannot represent a non string value.',
    );
    expect(withoutEchoedInput('Variable "$input" got invalid value 323 at "input.card.cvc"; String cannot represent a non string value: 323')).toBe(
      'Variable "$input" got an invalid value at "input.card.cvc"; String cannot represent a non string value.',
    );
    expect(
      withoutEchoedInput('Variable "$input" got invalid value { planId: "pro", card: { number: "4242424242424242", cvc: "323", foo: 1 } }; Field "foo" is not defined by type "CardInput".'),
    ).toBe('Variable "$input" got an invalid value; Field "foo" is not defined by type "CardInput".');
    expect(withoutEchoedInput('Variable "$code" got invalid value 4242424242424242; String cannot represent a non string value: 4242424242424242')).toBe(
      'Variable "$code" got an invalid value; String cannot represent a non string value.',
    );
    expect(withoutEchoedInput('Variable "$input" got invalid value "12" at "input.items[3].value"; Float cannot represent non numeric value: "12"')).toBe(
      'Variable "$input" got an invalid value at "input.items[3].value"; Float cannot represent non numeric value.',
    );
  });

  it('cuts the value out of literal refusals', () => {
    expect(withoutEchoedInput('String cannot represent a non string value: 4242424242424242')).toBe('String cannot represent a non string value.');
    expect(withoutEchoedInput('Expected value of type "Int", found "323".')).toBe('Expected value of type "Int".');
  });

  it('keeps our scalars’ and enums’ reasons without the value, drops an unknown reason that carries digits', () => {
    expect(withoutEchoedInput('Variable "$input" got invalid value "4242424242424242" at "input.frequency"; Value "4242424242424242" does not exist in "TopUpFrequency" enum.')).toBe(
      'Variable "$input" got an invalid value at "input.frequency"; Value does not exist in "TopUpFrequency" enum.',
    );
    expect(withoutEchoedInput('Variable "$input" got invalid value "1.5" at "input.coinsThreshold"; Coins must be a string like "1250000000000000000000"; got "1.5".')).toBe(
      'Variable "$input" got an invalid value at "input.coinsThreshold"; Coins must be a string like "1250000000000000000000".',
    );
    expect(withoutEchoedInput('Variable "$input" got invalid value 1 at "input.x"; Something new about 4242424242424242.')).toBe('Variable "$input" got an invalid value at "input.x".');
  });

  it('leaves every other message alone', () => {
    for (const message of ['"first" must be a whole number from 0 to 100; got 101.', 'Cannot query field "x" on type "Query".', 'Not found.']) {
      expect(withoutEchoedInput(message)).toBe(message);
    }
  });
});
