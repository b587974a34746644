import { describe, expect, it } from 'vitest';
import { promoCodeResponse } from '../../sim/fixtures/promo-code.fixture.js';
import { isPromoCodeDto } from '../../src/datasources/payments/participant.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toPromoCode, toPromoCodeQuery } from '../../src/mappers/promo-code.mapper.js';

describe('promo codes', () => {
  it('checks the code and maps the seed example', () => {
    expect(toPromoCodeQuery(' promo60 ')).toBe('promo60');
    for (const code of ['', 'promo 60', 'a&b', 'x'.repeat(65)]) expect(() => toPromoCodeQuery(code)).toThrow(/"code"/);
    const dto = parseLosslessJson(promoCodeResponse);
    expect(isPromoCodeDto(dto)).toBe(true);
    expect(toPromoCode(dto as never)).toEqual({ code: 'promo60', days: 60 });
  });
});
