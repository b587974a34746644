import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { earningsStatementResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import { coinbaseValueQuoteResponse } from '../../sim/fixtures/withdrawal-quote.fixture.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { coinText, compareCoins, positiveCoins, toCoins, toOptionalCoins } from '../../src/mappers/coins.js';

function codeOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  throw new Error('did not throw');
}

describe('coin values from the upstream', () => {
  it('keeps -1980490000000000000000, a bare JSON number in the coinbase quote example, digit for digit', () => {
    const quote = parseLosslessJson(coinbaseValueQuoteResponse) as Record<string, unknown>;
    expect(coinbaseValueQuoteResponse).toContain('"coins_without_fee": -1980490000000000000000,');
    expect(toCoins(quote.coins_without_fee, 'coins_without_fee')).toBe('-1980490000000000000000');
  });

  it('keeps -119088159031979250176 of the earnings statement digit for digit, and its `0`s as "0"', () => {
    const { result } = parseLosslessJson(earningsStatementResponse) as { result: Array<Record<string, unknown>> };
    expect(result.map((period) => toCoins(period.balance, 'balance'))).toEqual(['0', '2592141309999999889411', '-119088159031979250176']);
    expect(result.map((period) => toCoins(period.transfer_coins, 'transfer_coins'))).toEqual(['0', '4849623999999999995904', '0']);
    expect(toCoins(result[2]!.earn_coins, 'earn_coins')).toBe('-119088159031979250176');
  });

  it('accepts digit strings, 0 and safe integers; writes them canonically', () => {
    expect(coinText('6476600000000000000')).toBe('6476600000000000000');
    expect(coinText(0)).toBe('0');
    expect(coinText(-0)).toBe('0');
    expect(coinText('-0')).toBe('0');
    expect(coinText(' 0042 ')).toBe('42');
    expect(coinText(9007199254740991)).toBe('9007199254740991');
  });

  it('refuses anything that is not a whole number, as the upstream’s fault', () => {
    for (const bad of [1.5, '1.5', '1e3', 2 ** 60, Number.NaN, Infinity, '', '-', '0x10', true, {}, []]) {
      expect(coinText(bad), String(bad)).toBeNull();
      expect(codeOf(() => toCoins(bad, 'coins'))).toBe('UPSTREAM_UNAVAILABLE');
    }
    expect(toOptionalCoins(null, 'coins')).toBeNull();
    expect(toOptionalCoins(undefined, 'coins')).toBeNull();
    expect(codeOf(() => toOptionalCoins('0.5', 'coins'))).toBe('UPSTREAM_UNAVAILABLE');
  });

  it('round-trips every integer text, however long', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), (n) => {
        expect(coinText(n.toString())).toBe(n.toString());
      }),
    );
  });
});

describe('compareCoins and positiveCoins', () => {
  it('compares exactly where a double cannot (2^53 + 1 against 2^53)', () => {
    expect(compareCoins('9007199254740993', '9007199254740992')).toBe(1);
    expect(compareCoins('-1980490000000000000000', '0')).toBe(-1);
    expect(compareCoins('50000000000000000000', '50000000000000000000')).toBe(0);
  });

  it('accepts a positive amount and refuses 0 and negatives as BAD_USER_INPUT', () => {
    expect(positiveCoins('0009000000000000000000', 'coins')).toBe('9000000000000000000');
    expect(codeOf(() => positiveCoins('0', 'coins'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => positiveCoins('-5', 'coins'))).toBe('BAD_USER_INPUT');
  });
});
