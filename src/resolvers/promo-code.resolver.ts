import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toPromoCode, toPromoCodeQuery } from '../mappers/promo-code.mapper.js';
import { PromoCode } from '../types/promo-code.type.js';

/** Promo codes. */
@Resolver(() => PromoCode)
export class PromoCodeResolver {
  @Query(() => PromoCode, { nullable: true, description: 'GET /participants/promo_code/check; null when the code is unknown.' })
  async promoCode(@Ctx() { payments }: GatewayContext, @Arg('code', () => String) code: string): Promise<PromoCode | null> {
    const dto = await payments.participant.checkPromoCode(toPromoCodeQuery(code));
    return dto && toPromoCode(dto);
  }
}
