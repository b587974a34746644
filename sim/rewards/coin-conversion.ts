import { badRequest } from '../http/errors.js';
import { ALLOWED_COUNTRIES } from '../cashout/cashout.state.js';

/**
 * The simulator's coin prices, in billionths of a currency unit per whole coin (10^18
 * units). AUD is the seed's example: 10^17 units are 0.000024 AUD, so a coin is 0.00024.
 */
const NANO_PER_COIN: ReadonlyMap<string, bigint> = new Map([
  ['aud', 240_000n],
  ['usd', 160_000n],
  ['eur', 150_000n],
  ['gbp', 130_000n],
  ['nzd', 260_000n],
]);

/** Digits after the point a converted value keeps (the seed's example shows six). */
const DECIMALS = 6;
const UNITS_PER_COIN = 10n ** 18n;

/**
 * An exact decimal text of `numerator / 10^scale`, rounded half up to {@link DECIMALS}
 * places, without trailing zeros or an exponent: 0.000024, 1.5, 0.
 */
function decimalText(numerator: bigint, scale: number): string {
  const shift = 10n ** BigInt(scale - DECIMALS);
  const scaled = (numerator + shift / 2n) / shift;
  const digits = scaled.toString().padStart(DECIMALS + 1, '0');
  const whole = digits.slice(0, -DECIMALS);
  const fraction = digits.slice(-DECIMALS).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

/**
 * "Converting of coins by current price": `coins` (required, a whole number) into
 * `currency`, or the currency of `country`, or AUD. The answer is written as text so that
 * its value is exact, in the seed's layout ({"currency": "aud", "value": 0.000024}).
 */
export function convertCoins(query: URLSearchParams): string {
  const coins = query.get('coins');
  if (coins === null || !/^\d{1,78}$/.test(coins)) throw badRequest('coins must be a whole number of coin units', 'payments-bad_coins');
  const country = query.get('country');
  const countryCurrency = country === null ? undefined : ALLOWED_COUNTRIES.get(country);
  if (country !== null && countryCurrency === undefined) throw badRequest(`Unknown country ${country}`, 'payments-bad_country');
  const currency = (query.get('currency') ?? countryCurrency ?? 'aud').toLowerCase();
  const rate = NANO_PER_COIN.get(currency);
  if (rate === undefined) throw badRequest('This currency is not supported', 'payments-bad_currency');
  const value = decimalText(BigInt(coins) * rate, 18 + 9);
  return `{\n"currency": ${JSON.stringify(currency)},\n"value": ${value}\n}`;
}
