import { randomUUID } from 'node:crypto';
import { addCashoutAccountRequest, addCashoutAccountResponse } from '../fixtures/cashout-account.fixture.js';
import { SimHttpError, badRequest } from '../http/errors.js';
import { stored, type Stored } from '../http/stored.js';
import { ALLOWED_COUNTRIES, cashoutAccountsOf, type CashoutAccount, type CashoutAccountList, type CashoutState } from './cashout.state.js';

const MAX_TEXT = 256;
const EXAMPLE = (JSON.parse(addCashoutAccountRequest) as { account: Record<string, unknown> }).account;
const EXAMPLE_ID = (JSON.parse(addCashoutAccountResponse) as { id: string }).id;

/** The body as an object, or a 400. */
function object(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest(`${what} must be a JSON object`);
  return value as Record<string, unknown>;
}

function text(fields: Record<string, unknown>, key: string, required: boolean): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) {
    if (required) throw badRequest(`account.${key} is required`, 'payments-bad_account');
    return undefined;
  }
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) throw badRequest(`account.${key} must be text`, 'payments-bad_account');
  return value;
}

/** The fields of an account object as the seed's requests send them; country, bank, name, bsb and account are required. */
export function accountFields(body: unknown): Omit<CashoutAccount, 'id'> {
  const fields = object(object(body, 'Body').account, 'account');
  const country = text(fields, 'country', true)!;
  if (!ALLOWED_COUNTRIES.has(country)) throw badRequest(`Cash-outs to country ${country} are not available`, 'payments-bad_country');
  const [bank, bsb, city, description, name, postcode] = (['bank', 'bsb', 'city', 'description', 'name', 'postcode'] as const).map((key) =>
    text(fields, key, key === 'bank' || key === 'bsb' || key === 'name'),
  );
  const account = text(fields, 'account', true)!;
  // Keys in the seed's (alphabetical) order, so a stored account goes out as the seed prints one.
  return { account, bank, bsb, city, country, description, name, postcode };
}

function withId(fields: Omit<CashoutAccount, 'id'>, id: string): CashoutAccount {
  const { account, bank, bsb, city, country, description, name, postcode } = fields;
  return { account, bank, bsb, city, country, description, id, name, postcode };
}

function save(state: CashoutState, ticket: string, accounts: CashoutAccount[]): Stored<CashoutAccountList> {
  const next = stored({ accounts });
  state.accounts.set(ticket, next);
  return next;
}

/** "Create new cashout account": appended to the list; the seed's example request gets the seed's id. */
export function addAccount(state: CashoutState, ticket: string, body: unknown): Stored<CashoutAccount> {
  const fields = accountFields(body);
  const list = cashoutAccountsOf(state, ticket).value.accounts;
  const isExample = JSON.stringify(object(object(body, 'Body').account, 'account')) === JSON.stringify(EXAMPLE);
  const id = isExample && !list.some((a) => a.id === EXAMPLE_ID) ? EXAMPLE_ID : randomUUID();
  const account = withId(fields, id);
  save(state, ticket, [...list, account]);
  return stored(account);
}

/** "Update account": the account with `id` takes the new fields; an id the user does not have is a 404. */
export function updateAccount(state: CashoutState, ticket: string, body: unknown): Stored<CashoutAccountList> {
  const { id } = object(body, 'Body');
  const fields = accountFields(body);
  const list = cashoutAccountsOf(state, ticket).value.accounts;
  if (typeof id !== 'string' || !list.some((a) => a.id === id)) {
    throw new SimHttpError(404, 'payments-cashout_account_not_found', 'No such cash-out account');
  }
  return save(state, ticket, list.map((a) => (a.id === id ? withId(fields, id) : a)));
}

/** "Remove account": the listed ids go; an id the user does not have is no error (a retried removal succeeds). */
export function removeAccounts(state: CashoutState, ticket: string, body: unknown): Stored<CashoutAccountList> {
  const { accounts } = object(body, 'Body');
  if (!Array.isArray(accounts) || accounts.length === 0 || !accounts.every((id) => typeof id === 'string')) {
    throw badRequest('accounts must list at least one account id');
  }
  const gone = new Set(accounts);
  return save(state, ticket, cashoutAccountsOf(state, ticket).value.accounts.filter((a) => !gone.has(a.id)));
}
