import { RecentMap } from '../lib/recent-map.js';
import { compileSearchQuery } from '../search/search-query.compile.js';
import type { SearchFields, SearchRecord } from '../search/search-query.fields.js';
import { TransferKind, TransferStatus } from '../types/transfer.enums.js';
import type { AnyTransfer } from './transfer.mapper.js';

/** What a `User.transfers` filter may search (seed 002's grammar), by the names a query uses. */
export const TRANSFER_SEARCH_FIELDS = {
  kind: { type: 'enum', values: Object.values(TransferKind) },
  status: { type: 'enum', values: Object.values(TransferStatus) },
  at: { type: 'datetime' },
  coins: { type: 'integer' },
  hash: { type: 'text' },
  currency: { type: 'text' },
} as const satisfies SearchFields;

/** A transfer as a filter sees it; kinds without a currency have none. */
function searchRecord(transfer: AnyTransfer): SearchRecord {
  return {
    kind: transfer.kind,
    status: transfer.status,
    at: transfer.at,
    coins: transfer.coins,
    hash: transfer.hash,
    currency: 'currency' in transfer ? transfer.currency : null,
  };
}

/** The predicate of no filter. Note: a page recognises it and then maps only the transfers it shows. */
export const keepAll = (_transfer: AnyTransfer): boolean => true;

/**
 * The predicate of a `User.transfers` filter, compiled before the upstream is asked: a bad
 * filter is BAD_USER_INPUT naming its position and costs no call. Note: a blank filter is
 * no filter (the search module itself refuses an empty query).
 */
export function transferFilter(filter: string | null | undefined): (transfer: AnyTransfer) => boolean {
  if (filter === null || filter === undefined || filter.trim() === '') return keepAll;
  const known = compiled.get(filter);
  if (known !== undefined) return known;
  const matches = compileSearchQuery(filter, TRANSFER_SEARCH_FIELDS);
  const predicate = (transfer: AnyTransfer): boolean => matches(searchRecord(transfer));
  // A filter that does not compile throws above and is never kept.
  compiled.set(filter, predicate);
  return predicate;
}

/**
 * Recently compiled filters by their text (at most 512 characters each). Note: a screen
 * sends the same few filters over and over, and lexing, parsing and compiling one was
 * about as costly as the filtering itself (profiled); a predicate keeps no state.
 */
const compiled = new RecentMap<string, (transfer: AnyTransfer) => boolean>(500);
