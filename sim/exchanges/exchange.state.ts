import { coinbaseAccountsResponse } from '../fixtures/coinbase.fixture.js';
import { poloniexAccountsResponse } from '../fixtures/poloniex.fixture.js';
import { fromFixture, stored, type Stored } from '../http/stored.js';

/** One account as the service stores it: JSON keys in the seed's order. */
export type AccountJson = Record<string, unknown>;

/** The body of every Coinbase and Poloniex account answer. */
export interface AccountList {
  readonly accounts: readonly AccountJson[];
}

/**
 * One user's exchange accounts and the withdrawal records their transfers made, newest
 * first, as JSON text (they go in front of the seed's withdrawal history).
 */
export interface ExchangeAccounts {
  coinbase: Stored<AccountList>;
  poloniex: Stored<AccountList>;
  withdrawals: string[];
}

/** Every demo user's exchange accounts, by session ticket, made from the seed on first use. */
export interface ExchangeState {
  readonly users: Map<string, ExchangeAccounts>;
}

/** Fresh state: every user has the seed's Coinbase and Poloniex accounts. */
export function createExchangeState(): ExchangeState {
  return { users: new Map() };
}

/** The caller's exchange accounts; the seed's lists are served as their own bytes until they change. */
export function exchangeAccountsOf(state: ExchangeState, ticket: string): ExchangeAccounts {
  let user = state.users.get(ticket);
  if (!user) {
    user = { coinbase: fromFixture(coinbaseAccountsResponse), poloniex: fromFixture(poloniexAccountsResponse), withdrawals: [] };
    state.users.set(ticket, user);
  }
  return user;
}

/** A changed account list, served in the seeds' layout. */
export function accountList(accounts: readonly AccountJson[]): Stored<AccountList> {
  return stored({ accounts });
}

/** The `ids`-like list of a removal body: a non-empty array of strings, else null. */
export function idList(value: unknown): string[] | null {
  return Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string' && id.length > 0) ? (value as string[]) : null;
}
