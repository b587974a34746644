import { describe, expect, it } from 'vitest';
import { toCurrency, toDate, toDateTime, toDecimal, toFloat, toInt } from '../../src/mappers/values.js';

describe('toDecimal', () => {
  it('writes JSON numbers as plain decimal strings', () => {
    expect(toDecimal(0)).toBe('0');
    expect(toDecimal(195)).toBe('195');
    expect(toDecimal(-0.06)).toBe('-0.06');
    expect(toDecimal(219.03)).toBe('219.03');
  });

  it('expands a large exponent form into digits (1e21)', () => {
    expect(toDecimal(1e21)).toBe('1000000000000000000000');
    expect(toDecimal(-1e21)).toBe('-1000000000000000000000');
    expect(toDecimal(1.5e21)).toBe('1500000000000000000000');
    expect(toDecimal(1.2345e25)).toBe('12345000000000000000000000');
  });

  it('expands a small exponent form into digits (5e-7)', () => {
    expect(toDecimal(5e-7)).toBe('0.0000005');
    expect(toDecimal(1.5e-7)).toBe('0.00000015');
    expect(toDecimal(-2.25e-8)).toBe('-0.0000000225');
  });

  it('never produces an exponent for any finite number', () => {
    for (const n of [1e21, 1e25, 5e-7, 1e-10, 123e30, -4.2e-9, 1.7976931348623157e308]) {
      const text = toDecimal(n);
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(n);
    }
  });

  it('keeps digit strings beyond 2^53 digit for digit', () => {
    expect(toDecimal('-1980490000000000000000')).toBe('-1980490000000000000000');
    expect(toDecimal('12345678901234567890')).toBe('12345678901234567890');
    expect(toDecimal('9007199254740993')).toBe('9007199254740993');
  });

  it('keeps decimal strings exactly, trailing zeros included ("415.00")', () => {
    expect(toDecimal('415.00')).toBe('415.00');
    expect(toDecimal('395.00')).toBe('395.00');
    expect(toDecimal('0.04707192880000001')).toBe('0.04707192880000001');
    expect(toDecimal(' 20.00 ')).toBe('20.00');
  });

  it('returns null for values that are not decimal numbers', () => {
    for (const v of [null, undefined, '', 'abc', 'e5', '1e', '+5', '.5', '5.', '1,000', true, {}, [], NaN, Infinity, -Infinity]) {
      expect(toDecimal(v)).toBeNull();
    }
  });

  it('expands an exponent in a string without going through a float', () => {
    expect(toDecimal('1e5')).toBe('100000');
    expect(toDecimal('-1.98049E21')).toBe('-1980490000000000000000');
    expect(toDecimal('12345678901234567891e-2')).toBe('123456789012345678.91');
    expect(toDecimal('5e-7')).toBe('0.0000005');
  });
});

describe('toDateTime', () => {
  it('keeps a UTC date-time as sent', () => {
    expect(toDateTime('2017-07-11T14:41:30Z')).toBe('2017-07-11T14:41:30Z');
    expect(toDateTime('2023-05-02T03:09:17.123Z')).toBe('2023-05-02T03:09:17.123Z');
  });

  it('turns the 0000-01-01T00:00:00Z placeholder into null', () => {
    expect(toDateTime('0000-01-01T00:00:00Z')).toBeNull();
    expect(toDateTime('0000-01-01T00:00:00+00:00')).toBeNull();
  });

  it('converts offsets to Z', () => {
    expect(toDateTime('2018-06-24T16:33:40+02:00')).toBe('2018-06-24T14:33:40Z');
    expect(toDateTime('2018-06-24T16:33:40+0200')).toBe('2018-06-24T14:33:40Z');
    expect(toDateTime('2018-06-24T09:03:40-05:30')).toBe('2018-06-24T14:33:40Z');
    expect(toDateTime('2018-06-24T23:30:00-05:00')).toBe('2018-06-25T04:30:00Z');
    expect(toDateTime('2018-06-24T14:33:40+00:00')).toBe('2018-06-24T14:33:40Z');
  });

  it('keeps fractions of a second when converting an offset', () => {
    expect(toDateTime('2018-06-24T16:33:40.5+02:00')).toBe('2018-06-24T14:33:40.500Z');
  });

  it('returns null for absent and malformed values', () => {
    for (const v of [null, undefined, '', 'yesterday', '2018-06-24', '2018-06-24 14:33:40Z', '2018-06-24T14:33:40', 1530000000, {}]) {
      expect(toDateTime(v)).toBeNull();
    }
  });

  it('returns null for a well-formed but impossible date-time (month 13)', () => {
    // The doc comment promises null for unparsable values; Date.parse rejects this one.
    expect(Number.isNaN(Date.parse('2018-13-01T00:00:00Z'))).toBe(true);
    expect(toDateTime('2018-13-01T00:00:00Z')).toBeNull();
  });
});

describe('toDate', () => {
  it('keeps a YYYY-MM-DD date', () => {
    expect(toDate('2017-07-11')).toBe('2017-07-11');
  });

  it('keeps the date part of a date-time', () => {
    expect(toDate('2017-07-11T14:41:30Z')).toBe('2017-07-11');
  });

  it('returns null for the placeholder, absent and malformed values', () => {
    for (const v of ['0000-01-01', '0000-01-01T00:00:00Z', null, undefined, '', '2017-7-11', '11/07/2017', 20170711]) {
      expect(toDate(v)).toBeNull();
    }
  });
});

describe('toInt', () => {
  it('reads numbers and numeric strings', () => {
    expect(toInt(52)).toBe(52);
    expect(toInt('52')).toBe(52);
    expect(toInt(0)).toBe(0);
    expect(toInt('-3')).toBe(-3);
  });

  it('returns null for fractions, unsafe integers and non-numbers', () => {
    for (const v of [1.5, '1.5', '12345678901234567890', 2 ** 53, null, undefined, '', 'abc', NaN, Infinity]) {
      expect(toInt(v)).toBeNull();
    }
  });
});

describe('toFloat', () => {
  it('reads numbers and numeric strings', () => {
    expect(toFloat(0.1)).toBe(0.1);
    expect(toFloat('0.3')).toBe(0.3);
    expect(toFloat(0)).toBe(0);
  });

  it('returns null for absent and non-numeric values', () => {
    for (const v of [null, undefined, '', 'abc', NaN, Infinity, {}]) {
      expect(toFloat(v)).toBeNull();
    }
  });
});

describe('toCurrency', () => {
  it('upper-cases the code', () => {
    expect(toCurrency('aud')).toBe('AUD');
    expect(toCurrency('AUD')).toBe('AUD');
    expect(toCurrency('usd')).toBe('USD');
    expect(toCurrency(' aud ')).toBe('AUD');
  });

  it('returns null for absent or blank values', () => {
    for (const v of [null, undefined, '', '   ', 36]) {
      expect(toCurrency(v)).toBeNull();
    }
  });
});

describe('toDate calendar checks', () => {
  it('knows month lengths and leap years', () => {
    expect(toDate('2020-02-29')).toBe('2020-02-29');
    expect(toDate('2000-02-29')).toBe('2000-02-29');
    expect(toDate('1900-02-29')).toBeNull();
    expect(toDate('2019-02-29')).toBeNull();
    expect(toDate('2018-04-31')).toBeNull();
    expect(toDate('2018-12-31')).toBe('2018-12-31');
    expect(toDate('2018-00-10')).toBeNull();
    expect(toDate('2018-13-01')).toBeNull();
    expect(toDate('2018-01-00')).toBeNull();
  });
});
