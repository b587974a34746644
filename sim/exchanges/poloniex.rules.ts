import { createHash } from 'node:crypto';
import { isoSeconds } from '../billing/dates.js';
import { badRequest, SimHttpError } from '../http/errors.js';
import { checksummed } from '../participants/ethereum-account.js';
import { idList, type AccountJson } from './exchange.state.js';

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const MAX_DESCRIPTION = 256;

/** The refusal for an account id the user does not have. */
export const unknownPoloniexAccount = (): SimHttpError => new SimHttpError(404, 'payments-poloniex_account_not_found', 'Poloniex account not found');

/**
 * The id the service gives a Poloniex account: the SHA-1 of its checksummed address (every
 * id of the seed's examples is exactly that), so adding an address twice names one account.
 */
export function poloniexAccountId(address: string): string {
  return createHash('sha1').update(address).digest('hex');
}

function bodyOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Body must be a JSON object');
  return value as Record<string, unknown>;
}

/** An optional description: text of at most 256 characters. */
function description(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value.length > MAX_DESCRIPTION) throw badRequest('description must be text of at most 256 characters', 'payments-bad_description');
  return value;
}

/** A valid address, checksummed: hex of 20 bytes; a mixed-case one must carry a valid checksum. */
function address(value: unknown): string {
  if (typeof value !== 'string' || !HEX_ADDRESS.test(value)) throw badRequest('Invalid Ethereum address', 'payments-bad_address');
  const hex = value.slice(2);
  const oneCase = hex === hex.toLowerCase() || hex === hex.toUpperCase();
  if (!oneCase && checksummed(value) !== value) throw badRequest('Invalid Ethereum address', 'payments-bad_address');
  return checksummed(value);
}

/**
 * Add new Poloniex account: a new address goes first, `is_new`, pending; an address the
 * user already has keeps its account and takes the new description, if one is given.
 */
export function addAccount(accounts: readonly AccountJson[], body: unknown, now: Date): AccountJson[] {
  const request = bodyOf(body);
  const checked = address(request.address);
  const text = description(request.description);
  const id = poloniexAccountId(checked);
  if (accounts.some((a) => a.id === id)) return accounts.map((a) => (a.id === id && text !== undefined ? { ...a, description: text } : a));
  const added: AccountJson = { address: checked, ...(text !== undefined && { description: text }), id, is_new: true, status: 'pending', ts: isoSeconds(now) };
  return [added, ...accounts];
}

/** Update Poloniex account: its description (an absent one is cleared); 404 for an id the user does not have. */
export function updateAccount(accounts: readonly AccountJson[], body: unknown): AccountJson[] {
  const request = bodyOf(body);
  const id = request.id;
  if (typeof id !== 'string' || id === '') throw badRequest('id is required', 'payments-bad_ids');
  const text = description(request.description) ?? '';
  if (!accounts.some((a) => a.id === id)) throw unknownPoloniexAccount();
  return accounts.map((a) => (a.id === id ? { ...a, description: text } : a));
}

/** Delete Poloniex accounts (`{"ids": […]}`): those named are gone; unknown ids are ignored, as in the seed's example. */
export function removeAccounts(accounts: readonly AccountJson[], body: unknown): AccountJson[] {
  const ids = idList(bodyOf(body).ids);
  if (ids === null) throw badRequest('ids must be a non-empty list of account ids', 'payments-bad_ids');
  const gone = new Set(ids);
  return accounts.filter((a) => !gone.has(String(a.id)));
}
