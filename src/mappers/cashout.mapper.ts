import type { CashoutQuoteQuery } from '../datasources/payments/cashout.datasource.js';
import type { CashoutAccountListDto, CashoutCountriesDto } from '../datasources/payments/cashout.dto.js';
import type { CashoutAccount } from '../types/cashout-account.type.js';
import type { CashoutCountry } from '../types/cashout-country.type.js';
import { toCountryCode } from './coin-price.mapper.js';
import { positiveCoins } from './coins.js';
import { toCashoutAccount } from './withdrawal-account.mapper.js';

/** The countries cash-outs may go to, currencies upper-cased ("aud" is "AUD"). */
export function toCashoutCountries(dto: CashoutCountriesDto): CashoutCountry[] {
  return dto.allowed_countries.map(({ country, currency }) => ({ country, currency: currency.trim().toUpperCase() }));
}

/** The query of a cash-out quote: coins more than 0, an ISO numeric country. */
export function toCashoutQuoteQuery(coins: string, country: string, negativeValues: boolean | null | undefined): CashoutQuoteQuery {
  return { coins: positiveCoins(coins, 'coins'), country: toCountryCode(country), negative_values: negativeValues === true };
}

/** The user's cash-out accounts in the upstream's order. */
export function toCashoutAccounts(dto: CashoutAccountListDto): CashoutAccount[] {
  return dto.accounts.map(toCashoutAccount);
}
