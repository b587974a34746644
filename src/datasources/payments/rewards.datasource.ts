import type { Stamped } from '../rest/endpoint.js';
import type { RestClient } from '../rest/rest-client.js';
import type { CoinConversionDto, CoinConversionQuery } from './rewards.dto.js';
import { RewardsEndpoints as E } from './rewards.endpoints.js';

/** Base units of one whole coin. */
export const ONE_COIN_UNITS = '1000000000000000000';

/** The payments service's coin conversions for one request. */
export class RewardsDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /rewards/convert/coins: the value of some coins, for this caller (memoised per request only). */
  convertCoins(query: CoinConversionQuery): Promise<CoinConversionDto> {
    return this.rest.read(E.convertCoins, { query: { ...query } });
  }

  /**
   * GET /rewards/convert/coins for one whole coin in a currency (lower case, checked by the
   * caller): from the shared cache, with when the gateway read it.
   */
  getCoinPrice(currency: string): Promise<Stamped<CoinConversionDto>> {
    return this.rest.readStamped(E.getCoinPrice, { query: { coins: ONE_COIN_UNITS, currency } });
  }
}
