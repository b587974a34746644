import type { PromoCodeDto } from '../datasources/payments/participant.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { PromoCode } from '../types/promo-code.type.js';

/** What a promo code may look like: letters, digits, `_` and `-`, at most 64 (the seed's is promo60). */
const PROMO_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A promo code as a client typed it: trimmed and checked before it goes into a query string. */
export function toPromoCodeQuery(code: string): string {
  const text = code.trim();
  if (!PROMO_CODE.test(text)) throw new BadUserInputError('"code" is not a promo code: 1 to 64 letters, digits, "_" or "-".');
  return text;
}

/** A promo code the upstream knows: `days_value` is the number of free days. */
export function toPromoCode(dto: PromoCodeDto): PromoCode {
  if (dto.days_value < 0 || dto.days_value > 2_147_483_647) throw new UpstreamShapeError('payments', 'a promo code with an impossible days_value');
  return { code: dto.code, days: dto.days_value };
}
