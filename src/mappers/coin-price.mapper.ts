import type { Stamped } from '../datasources/rest/endpoint.js';
import type { CoinConversionDto, CoinConversionQuery } from '../datasources/payments/rewards.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { CoinPrice, FiatValue } from '../types/coin-price.type.js';
import { toAmount } from './amounts.js';
import { compareCoins } from './coins.js';
import { toCurrency } from './values.js';

const CURRENCY_CODE = /^[A-Za-z]{3}$/;
const COUNTRY_CODE = /^\d{3}$/;

/**
 * A currency code a client gave: three letters, any case; lower case as the payments
 * service writes them ("aud"), so that "AUD" and "aud" are one query and one cache entry.
 */
export function toCurrencyCode(value: string, name = 'currency'): string {
  if (!CURRENCY_CODE.test(value)) throw new BadUserInputError(`"${name}" must be a three-letter currency code such as AUD.`);
  return value.toLowerCase();
}

/** A country a client gave: the ISO 3166 numeric code the payments service uses ("036"). */
export function toCountryCode(value: string, name = 'country'): string {
  if (!COUNTRY_CODE.test(value)) throw new BadUserInputError(`"${name}" must be an ISO 3166 numeric country code such as 036.`);
  return value;
}

/** The query of a conversion: coins 0 or more, country and currency checked when given. */
export function toCoinConversionQuery(coins: string, country: string | null | undefined, currency: string | null | undefined): CoinConversionQuery {
  if (compareCoins(coins, '0') < 0) throw new BadUserInputError(`"coins" must not be negative; got ${coins}.`);
  return {
    coins: BigInt(coins).toString(),
    ...(country !== null && country !== undefined && { country: toCountryCode(country) }),
    ...(currency !== null && currency !== undefined && { currency: toCurrencyCode(currency) }),
  };
}

/** A conversion answer: the currency upper-cased, the value exact as sent. */
export function toFiatValue(dto: CoinConversionDto): FiatValue {
  const currency = toCurrency(dto.currency);
  if (currency === null) throw new UpstreamShapeError('payments', 'a conversion without currency');
  return { currency, value: toAmount(dto.value, 'converted value') };
}

/**
 * The price of one coin, read at `readAt`. Note: `perCoin` is a Float because the contract
 * says so; it is made from the exact decimal text, never from a rounded intermediate.
 */
export function toCoinPrice(stamped: Stamped<CoinConversionDto>): CoinPrice {
  const { currency, value } = toFiatValue(stamped.value);
  return { currency, perCoin: Number(value), fetchedAt: stamped.readAt };
}
