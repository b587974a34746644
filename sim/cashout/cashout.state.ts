import { cashoutAccountsResponse } from '../fixtures/cashout.fixture.js';
import { cashoutCountriesResponse } from '../fixtures/cashout-account.fixture.js';
import { fromFixture, type Stored } from '../http/stored.js';

/** A bank account as the service stores and lists it (keys in the seed's order). */
export interface CashoutAccount {
  account: string;
  bank?: string;
  bsb?: string;
  city?: string;
  country: string;
  description?: string;
  id: string;
  name?: string;
  postcode?: string;
}

/** GET /cashout/account and the answers of updating and removing: the whole list. */
export interface CashoutAccountList {
  accounts: CashoutAccount[];
}

/** Every demo user's cash-out accounts, by session ticket; the seed's list until it changes. */
export interface CashoutState {
  readonly accounts: Map<string, Stored<CashoutAccountList>>;
}

/** The seed's allowed countries: where cash-outs may go, and in which currency. */
export const ALLOWED_COUNTRIES: ReadonlyMap<string, string> = new Map(
  (JSON.parse(cashoutCountriesResponse) as { allowed_countries: Array<{ country: string; currency: string }> }).allowed_countries.map(
    (c) => [c.country, c.currency] as const,
  ),
);

/** Fresh state: every user has the seed's two accounts. */
export function createCashoutState(): CashoutState {
  return { accounts: new Map() };
}

/** The caller's accounts (the seed's example until they change, served as its own bytes). */
export function cashoutAccountsOf(state: CashoutState, ticket: string): Stored<CashoutAccountList> {
  return state.accounts.get(ticket) ?? fromFixture<CashoutAccountList>(cashoutAccountsResponse);
}
