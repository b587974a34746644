import { withdrawalAccountsResponse } from '../fixtures/withdrawal.fixture.js';
import { seedJson } from '../http/seed-json.js';
import type { AccountJson } from '../exchanges/exchange.state.js';
import { cashoutAccountsForWithdrawal } from '../cashout/withdrawal-entries.js';
import { walletAddressesForWithdrawal } from '../ethereum/withdrawal-entries.js';
import type { SimState } from '../state.js';

/** The currency the demo users' accounts are in (the seed's withdrawal list says AUD throughout). */
const ACCOUNT_CURRENCY = 'AUD';

const SEED = JSON.parse(withdrawalAccountsResponse) as { accounts: Array<AccountJson & { type: string }>; allowed_transfer_types: string[] };

/** Withdrawal-list entries of the kinds this slice does not own: cash-out accounts and wallet addresses. */
export interface OtherWithdrawalAccounts {
  readonly cashout: readonly string[];
  readonly ethereum: readonly string[];
}

/**
 * The user's `cashout_account` and `ethereum_account` entries of the withdrawal list, as
 * JSON text, from the cash-out and wallet-address state: an account added there shows here,
 * a removed one is gone.
 */
export function otherWithdrawalAccounts(state: SimState, ticket: string): OtherWithdrawalAccounts {
  return { cashout: cashoutAccountsForWithdrawal(state, ticket), ethereum: walletAddressesForWithdrawal(state, ticket) };
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
