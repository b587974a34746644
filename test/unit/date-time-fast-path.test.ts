import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDateTime } from '../../src/mappers/values.js';

/** What toDateTime answered for a `…Z` date-time before its fast path: a Date round trip. */
function byDateRoundTrip(value: string): string | null {
  if (value.startsWith('0000-')) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  return new Date(ms).toISOString().slice(0, 19) === value.slice(0, 19) ? value : null;
}

const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
/** Any digits in every field, and often a field near its edge (month 00 and 13, day 29–32, hour 23–24, second 59–60). */
const field = (n: number, edges: string[]) => fc.oneof(digits(n), fc.constantFrom(...edges));

describe('toDateTime on YYYY-MM-DDTHH:MM:SSZ', () => {
  it('answers what a Date round trip answers, for any digits in any field', () => {
    const text = fc
      .tuple(
        field(4, ['0000', '0001', '1900', '2000', '2023', '2024', '2100', '9999']),
        field(2, ['00', '01', '02', '04', '12', '13']),
        field(2, ['00', '01', '28', '29', '30', '31', '32']),
        field(2, ['00', '23', '24', '99']),
        field(2, ['00', '59', '60']),
        field(2, ['00', '59', '60']),
      )
      .map(([y, mo, d, h, mi, s]) => `${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
    fc.assert(fc.property(text, (value) => toDateTime(value) === byDateRoundTrip(value)), { numRuns: 20_000 });
  });

  it('refuses a 30 February, a 29 February outside leap years, hour 24 and second 60', () => {
    expect(toDateTime('2023-02-30T10:00:00Z')).toBeNull();
    expect(toDateTime('2023-02-29T10:00:00Z')).toBeNull();
    expect(toDateTime('2024-02-29T10:00:00Z')).toBe('2024-02-29T10:00:00Z');
    expect(toDateTime('1900-02-29T10:00:00Z')).toBeNull();
    expect(toDateTime('2000-02-29T10:00:00Z')).toBe('2000-02-29T10:00:00Z');
    expect(toDateTime('2023-06-01T24:00:00Z')).toBeNull();
    expect(toDateTime('2023-06-01T23:59:60Z')).toBeNull();
  });
});
