import type { TransferHistoryDto } from '../datasources/payments/transfers.dto.js';
import { afterIndex, decodeCursor, encodeCursor, pageAt, pageSize, type Page } from './paging.js';
import { cursorKeyAt, findCursorKey, placedCursorSource, transferCursorSource } from './transfer-cursor.js';
import { keepAll } from './transfer-filter.js';
import { placeTransfers, transferOf } from './transfer-placement.js';
import type { AnyTransfer } from './transfer.mapper.js';

/**
 * The transfers of a history (or of a withdrawal-history chunk), newest first. Records of the same time keep the
 * upstream's order (the sort is stable). Note: a record of a kind this gateway does not know yet
 * (the guard let it through as such) is left out rather than failing the whole history.
 */
export function toTransfers(records: TransferHistoryDto['history']): AnyTransfer[] {
  return placeTransfers(records).map(transferOf);
}

/** The cursor key of each transfer of a history listed newest first (see {@link cursorKeyAt}); a page keys only what it shows. */
export function transferCursorKeys(transfers: readonly AnyTransfer[]): Map<AnyTransfer, string> {
  return new Map(transfers.map((transfer, index) => [transfer, cursorKeyAt(transfers, index, transferCursorSource)]));
}

/**
 * One page of a history: newest first, only the transfers `keep` accepts, after the one
 * `after` names. Cursor keys come from the whole history, so a cursor does not depend on
 * the filter it was read with. Note: a page costs one pass over the history (its order,
 * and the filter when there is one) plus the mapping and keying of the transfers it
 * shows; without a filter, records outside the page are never mapped.
 */
export function toTransferPage(
  dto: TransferHistoryDto,
  keep: (transfer: AnyTransfer) => boolean,
  first: number | null | undefined,
  after: string | null | undefined,
): Page<AnyTransfer> {
  const size = pageSize(first);
  const history = placeTransfers(dto.history);
  // Positions in the history of the transfers the filter keeps.
  const shown: number[] = [];
  for (let i = 0; i < history.length; i++) if (keep === keepAll || keep(transferOf(history[i]!))) shown.push(i);
  let start = 0;
  if (after !== null && after !== undefined) {
    const found = findCursorKey(history, decodeCursor(after), placedCursorSource);
    start = afterIndex(found === -1 ? -1 : shown.indexOf(found));
  }
  // Note: an edge's cursor is keyed when it is read; a page whose cursors are not selected keys only its ends.
  return pageAt(shown, start, size, (i) => ({
    get cursor() {
      return encodeCursor(cursorKeyAt(history, i, placedCursorSource));
    },
    node: transferOf(history[i]!),
  }));
}
