import { badRequest, SimHttpError } from '../http/errors.js';
import { idList, type AccountJson, type AccountList } from './exchange.state.js';

/**
 * The seed's "Coinbase errors" as the simulator's refusals (400, the seed's bodies). The
 * first two are reachable through state: a transfer to an account without stored tokens
 * (never connected, or disconnected), and every Coinbase call while the config switch
 * `coinbaseTokensExpired` is on. The last two belong to connecting an account, which the
 * seed has no endpoint for: fault injection with these bodies stands in for them.
 */
export const coinbaseErrors = {
  noTokensByRefreshToken: () => new SimHttpError(400, 'payments-coinbase_no_tokens_by_refresh_token', "Can't get tokens by refresh token."),
  noStoredTokens: () => new SimHttpError(400, 'payments-coinbase_no_stored_tokens', 'Coinbase tokens has not been found.'),
  noUserByAccessToken: () => new SimHttpError(400, 'payments-coinbase_no_user_by_access_token', "Can't read user profile by access token."),
  noTokensByCode: () => new SimHttpError(400, 'payments-coinbase_no_tokens_by_code', "Can't get tokens by code."),
} as const;

/** The account ids of a disconnect body (`{"accounts": [ids]}`). */
export function idsToDisconnect(body: unknown): ReadonlySet<string> {
  const ids = typeof body === 'object' && body !== null ? idList((body as { accounts?: unknown }).accounts) : null;
  if (ids === null) throw badRequest('accounts must be a non-empty list of account ids', 'payments-bad_ids');
  return new Set(ids);
}

/** A disconnected account as the seed's disconnect answer shows it: `type` before `username`, `inactive: true` last. */
function asDisconnected(account: AccountJson): AccountJson {
  const out: AccountJson = {};
  for (const [key, value] of Object.entries(account)) {
    if (key === 'username') out.type = 'coinbase_account';
    if (key !== 'inactive') out[key] = value;
  }
  out.type = 'coinbase_account';
  out.inactive = true;
  return out;
}

/**
 * A disconnect: the answer lists every account, the disconnected ones marked `inactive`
 * (the seed's example); what stays connected is the rest. Unknown ids are ignored.
 */
export function disconnect(list: AccountList, ids: ReadonlySet<string>): { answer: AccountJson[]; remaining: AccountJson[] } {
  const answer = list.accounts.map((account) => (ids.has(String(account.id)) ? asDisconnected(account) : account));
  return { answer, remaining: list.accounts.filter((account) => !ids.has(String(account.id))) };
}
