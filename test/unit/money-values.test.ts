import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCents, toCoins, unitsToCents } from '../../src/mappers/money-values.js';

describe('toCoins', () => {
  it('keeps coin units digit for digit, from text or from a JSON number', () => {
    expect(toCoins('1250000000000000000000')).toBe('1250000000000000000000');
    expect(toCoins('-1980490000000000000000')).toBe('-1980490000000000000000');
    expect(toCoins(0)).toBe('0');
    expect(toCoins(12)).toBe('12');
    expect(toCoins('007')).toBe('7');
    expect(toCoins('12.000')).toBe('12');
    expect(toCoins('1e21')).toBe('1000000000000000000000');
  });

  it('refuses fractions and garbage', () => {
    for (const value of ['1.5', 'abc', '', null, undefined, Number.NaN, {}]) expect(toCoins(value)).toBeNull();
  });
});

describe('toCents', () => {
  it('takes whole, non-negative cents that fit an Int', () => {
    expect([toCents(510), toCents('2200'), toCents(0), toCents('150000.00')]).toEqual([510, 2200, 0, 150000]);
    expect([toCents(-1), toCents(5.1), toCents(2_147_483_648), toCents('x')]).toEqual([null, null, null, null]);
    expect(toCents(2_147_483_647)).toBe(2_147_483_647);
  });
});

describe('unitsToCents', () => {
  it('converts currency units exactly, never through a float (5.1 * 100 is 509.99…)', () => {
    expect(5.1 * 100).not.toBe(510);
    expect([unitsToCents(5.1), unitsToCents('5.1'), unitsToCents(22), unitsToCents(1500), unitsToCents('20.22'), unitsToCents('0.05')]).toEqual([
      510, 510, 2200, 150000, 2022, 5,
    ]);
    expect([unitsToCents('5.123'), unitsToCents(-1), unitsToCents('21474836.48')]).toEqual([null, null, null]);
    expect(unitsToCents('5.120')).toBe(512);
  });

  it('agrees with integer arithmetic for every amount of whole cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_147_483_647 }), (cents) => {
        const units = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
        expect(unitsToCents(units)).toBe(cents);
        expect(unitsToCents(Number(units))).toBe(cents);
      }),
    );
  });
});
