import { describe, expect, it } from 'vitest';
import { coinConversionResponse } from '../../sim/fixtures/coin-conversion.fixture.js';
import { isCoinConversionDto } from '../../src/datasources/payments/rewards.guards.js';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { UpstreamShapeError } from '../../src/errors/upstream-shape-error.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toCoinConversionQuery, toCoinPrice, toCountryCode, toCurrencyCode, toFiatValue } from '../../src/mappers/coin-price.mapper.js';

describe('coin conversion mappers', () => {
  it("give the seed's example exactly: AUD, 0.000024", () => {
    const dto = parseLosslessJson(coinConversionResponse);
    expect(isCoinConversionDto(dto)).toBe(true);
    expect(toFiatValue(dto as never)).toEqual({ currency: 'AUD', value: '0.000024' });
  });

  it('keep long and exponent values exact, and refuse an answer without a currency', () => {
    expect(toFiatValue({ currency: 'usd', value: '12345678901234567890.123456' })).toEqual({ currency: 'USD', value: '12345678901234567890.123456' });
    expect(toFiatValue({ currency: 'aud', value: 2.4e-7 })).toEqual({ currency: 'AUD', value: '0.00000024' });
    expect(() => toFiatValue({ currency: ' ', value: 1 })).toThrow(UpstreamShapeError);
    expect(isCoinConversionDto({ currency: 'aud', value: 'cheap' })).toBe(false);
  });

  it('make a coin price a Float from the exact value, read when the gateway read it', () => {
    expect(toCoinPrice({ value: { currency: 'aud', value: 0.00024 }, readAt: '2026-01-02T03:04:05.678Z' })).toEqual({
      currency: 'AUD',
      perCoin: 0.00024,
      fetchedAt: '2026-01-02T03:04:05.678Z',
    });
  });

  it('check codes where they enter: currency three letters (lower-cased), country three digits', () => {
    expect(toCurrencyCode('AUD')).toBe('aud');
    expect(toCountryCode('036')).toBe('036');
    for (const bad of ['AU', 'AUDD', 'A1D', 'äud', '']) expect(() => toCurrencyCode(bad), bad).toThrow(BadUserInputError);
    for (const bad of ['36', '0360', 'AUS', '03 6']) expect(() => toCountryCode(bad), bad).toThrow(BadUserInputError);
  });

  it('build the query: coins 0 or more without leading zeros, optional parts left out', () => {
    expect(toCoinConversionQuery('000100000000000000000', null, undefined)).toEqual({ coins: '100000000000000000' });
    expect(toCoinConversionQuery('0', '036', 'USD')).toEqual({ coins: '0', country: '036', currency: 'usd' });
    expect(() => toCoinConversionQuery('-1', null, null)).toThrow(/negative/);
  });
});
