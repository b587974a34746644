import { seedJson } from '../http/seed-json.js';
import type { SimState } from '../state.js';
import { ALLOWED_COUNTRIES, cashoutAccountsOf } from './cashout.state.js';

/**
 * The user's current cash-out accounts as entries of GET /payments-service/withdrawal/account,
 * JSON text shaped like the seed's `cashout_account` entry: the stored fields, the country's
 * currency upper-cased ("AUD") and `type`, keys in the seed's (alphabetical) order. So an
 * account added through /cashout/account shows in the withdrawal list too, and a removed one is gone.
 */
export function cashoutAccountsForWithdrawal(state: SimState, ticket: string): string[] {
  return cashoutAccountsOf(state.cashout, ticket).value.accounts.map((a) => {
    const currency = ALLOWED_COUNTRIES.get(a.country)?.toUpperCase();
    const { account, bank, bsb, city, country, description, id, name, postcode } = a;
    return seedJson({ account, bank, bsb, city, country, currency, description, id, name, postcode, type: 'cashout_account' });
  });
}
