import { describe, expect, it } from 'vitest';
import { passesLuhn } from '../../src/lib/luhn.js';
import { toCardToken } from '../../src/mappers/payment-card.mapper.js';

describe('passesLuhn', () => {
  it('accepts the test numbers of each brand and refuses a changed digit', () => {
    for (const number of ['4242424242424242', '5200828282828210', '378282246310005', '6011111111111117', '30569309025904']) {
      expect(passesLuhn(number), number).toBe(true);
      const last = Number(number.at(-1));
      expect(passesLuhn(number.slice(0, -1) + String((last + 1) % 10))).toBe(false);
    }
    expect([passesLuhn(''), passesLuhn('42x2')]).toEqual([false, false]);
  });
});

describe('toCardToken', () => {
  it('passes provider tokens and refuses card numbers (grouped or not) without repeating them', () => {
    expect(toCardToken('tok_visa')).toBe('tok_visa');
    expect(toCardToken('pm_1Hh1XyEFVOePY2EF')).toBe('pm_1Hh1XyEFVOePY2EF');
    for (const token of ['4242424242424242', '4242 4242 4242 4242', '5200-8282-8282-8210', '378282246310005']) {
      expect(() => toCardToken(token)).toThrow(/looks like a card number/);
      try {
        toCardToken(token);
      } catch (err) {
        expect((err as Error).message).not.toMatch(/\d/);
      }
    }
    for (const token of ['', 'tok visa', '../x', 'x'.repeat(256)]) expect(() => toCardToken(token)).toThrow(/not a card token/);
  });
});
