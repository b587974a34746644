import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCoinConversionQuery, toCoinPrice, toCurrencyCode, toFiatValue } from '../mappers/coin-price.mapper.js';
import { CoinPrice, FiatValue } from '../types/coin-price.type.js';
import { CoinsScalar } from '../types/scalars/money.scalars.js';

/** Coin prices and conversions by the current price. */
@Resolver()
export class CoinPriceResolver {
  @Query(() => CoinPrice, { nullable: true, description: 'Current coin price in a currency, from the shared cache (refreshed at most every 120 s).' })
  async coinPrice(@Ctx() { payments }: GatewayContext, @Arg('currency', () => String) currency: string): Promise<CoinPrice> {
    return toCoinPrice(await payments.rewards.getCoinPrice(toCurrencyCode(currency)));
  }

  @Query(() => FiatValue, { nullable: true, description: 'GET /rewards/convert/coins' })
  async convertCoins(
    @Ctx() { payments }: GatewayContext,
    @Arg('coins', () => CoinsScalar) coins: string,
    @Arg('country', () => String, { nullable: true }) country: string | null | undefined,
    @Arg('currency', () => String, { nullable: true }) currency: string | null | undefined,
  ): Promise<FiatValue> {
    return toFiatValue(await payments.rewards.convertCoins(toCoinConversionQuery(coins, country, currency)));
  }
}
