import { isoSeconds } from '../billing/dates.js';
import { walletAddressesResponse } from '../fixtures/wallet-address.fixture.js';
import { badRequest } from '../http/errors.js';
import { fromFixture, stored, type Stored } from '../http/stored.js';
import { checksummed } from '../participants/ethereum-account.js';

/** One of a user's own addresses as the service lists it; `ts` is when it was added. */
export interface WalletAddressEntry {
  address: string;
  description?: string;
  ts: string;
}

/** The answer of every address endpoint: the whole list. */
export interface WalletAddressList {
  list: WalletAddressEntry[];
}

/** Every demo user's address list, by session ticket; the seed's list until it changes. */
export interface AddressBookState {
  readonly lists: Map<string, Stored<WalletAddressList>>;
}

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const MAX_DESCRIPTION = 256;

/** Fresh state: every user has the seed's list. */
export function createAddressBookState(): AddressBookState {
  return { lists: new Map() };
}

/** The caller's list (the seed's example until it changes, served as its own bytes). */
export function addressesOf(state: AddressBookState, ticket: string): Stored<WalletAddressList> {
  return state.lists.get(ticket) ?? fromFixture<WalletAddressList>(walletAddressesResponse);
}

/** An address as the service takes it: 20 hex bytes, any one case or a valid EIP-55 checksum; checksummed. */
function address(value: unknown): string {
  if (typeof value !== 'string' || !HEX_ADDRESS.test(value)) throw badRequest('Invalid ethereum address', 'payments-bad_address');
  const digits = value.slice(2);
  const oneCase = digits === digits.toLowerCase() || digits === digits.toUpperCase();
  if (!oneCase && checksummed(value) !== value) throw badRequest('Invalid ethereum address checksum', 'payments-bad_address');
  return checksummed(value);
}

/**
 * "Add new / update address": a new address goes last, stamped now; a known one (any case)
 * keeps its place and time and takes the new description when one is given. A list that
 * does not change keeps its bytes (so the seed's example answers the seed's response).
 */
export function addAddress(state: AddressBookState, ticket: string, body: unknown, now: Date): Stored<WalletAddressList> {
  const { address: raw, description } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const checked = address(raw);
  if (description !== undefined && description !== null && (typeof description !== 'string' || description.length > MAX_DESCRIPTION)) {
    throw badRequest(`Description must be text of at most ${MAX_DESCRIPTION} characters`, 'payments-bad_description');
  }
  const current = addressesOf(state, ticket);
  const known = current.value.list.find((entry) => entry.address.toLowerCase() === checked.toLowerCase());
  if (known && (typeof description !== 'string' || known.description === description)) return current;
  const list = known
    ? current.value.list.map((entry) => (entry === known ? { ...entry, description: description as string } : entry))
    : [...current.value.list, { address: checked, ...(typeof description === 'string' && { description }), ts: isoSeconds(now) }];
  return save(state, ticket, { list });
}

/** "Remove addresses": every listed address (any case) goes; one the user does not have is no error. */
export function removeAddresses(state: AddressBookState, ticket: string, body: unknown): Stored<WalletAddressList> {
  const { list } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (!Array.isArray(list) || list.length === 0) throw badRequest('list must name at least one address');
  const gone = new Set(list.map((value) => address(value).toLowerCase()));
  const current = addressesOf(state, ticket);
  return save(state, ticket, { list: current.value.list.filter((entry) => !gone.has(entry.address.toLowerCase())) });
}

function save(state: AddressBookState, ticket: string, value: WalletAddressList): Stored<WalletAddressList> {
  const next = stored(value);
  state.lists.set(ticket, next);
  return next;
}
