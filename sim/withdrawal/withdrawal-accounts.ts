import { withdrawalAccountsResponse } from '../fixtures/withdrawal.fixture.js';
import { seedJson } from '../http/seed-json.js';
import type { AccountJson } from '../exchanges/exchange.state.js';

/** The currency the demo users' accounts are in (the seed's withdrawal list says AUD throughout). */
const ACCOUNT_CURRENCY = 'AUD';

const SEED = JSON.parse(withdrawalAccountsResponse) as { accounts: Array<AccountJson & { type: string }>; allowed_transfer_types: string[] };

/** The entries of one kind in the seed's withdrawal list, as seed-layout JSON text. */
function seedEntries(type: string): string[] {
  return SEED.accounts.filter((a) => a.type === type).map((a) => seedJson(a));
}

/** Withdrawal-list entries of the kinds this slice does not own: cash-out accounts and wallet addresses. */
export interface OtherWithdrawalAccounts {
  readonly cashout: readonly string[];
  readonly ethereum: readonly string[];
}

/**
 * SEAM for the cash-out and wallet-address state (built in parallel, issue 7 phase 2a):
 * the user's `cashout_account` and `ethereum_account` entries of the withdrawal list, as
 * JSON text. Until that state is wired in here, every user has the seed's entries.
 */
export function otherWithdrawalAccounts(_ticket: string): OtherWithdrawalAccounts {
  return { cashout: seedEntries('cashout_account'), ethereum: seedEntries('ethereum_account') };
}

/** A Coinbase or Poloniex account as a withdrawal-list entry: its own fields, the currency, the kind. */
export function asWithdrawalEntry(account: AccountJson, type: 'coinbase_account' | 'poloniex_account'): string {
  const { inactive: _inactive, is_new: _isNew, ...fields } = account;
  return seedJson({ ...fields, currency: ACCOUNT_CURRENCY, type });
}

/** The entries of Read withdrawal accounts, in the seed's order of kinds. */
export interface WithdrawalEntries extends OtherWithdrawalAccounts {
  readonly coinbase: readonly string[];
  readonly poloniex: readonly string[];
}

/** The Read withdrawal accounts answer composed from each kind's entries (JSON texts), with the seed's allowed transfer types. */
export function withdrawalAccountsBody(entries: WithdrawalEntries): Buffer {
  const all = [...entries.coinbase, ...entries.cashout, ...entries.ethereum, ...entries.poloniex];
  const list = all.length === 0 ? '[]' : `[\n${all.join(',\n')}\n]`;
  return Buffer.from(`{\n"accounts": ${list},\n"allowed_transfer_types": ${seedJson(SEED.allowed_transfer_types)}\n}`, 'utf8');
}
