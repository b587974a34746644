import { createHash } from 'node:crypto';
import type { TransferHistoryDto } from '../datasources/payments/transfers.dto.js';
import { isTransferRecordDto } from '../datasources/payments/transfers.guards.js';
import { pageOf, type Page } from './paging.js';
import { toTransfer, type AnyTransfer } from './transfer.mapper.js';

/**
 * The transfers of a history (or of a withdrawal-history chunk), newest first. Records of the same time keep the upstream's
 * order (the sort is stable). Note: a record of a kind this gateway does not know yet
 * (the guard let it through as such) is left out rather than failing the whole history.
 */
export function toTransfers(records: TransferHistoryDto['history']): AnyTransfer[] {
  const transfers = records.filter(isTransferRecordDto).map(toTransfer);
  const times = new Map(transfers.map((t) => [t, Date.parse(t.at)] as const));
  return transfers.sort((a, b) => times.get(b)! - times.get(a)!);
}

/**
 * The cursor key of each transfer of a list: a hash of kind, id, status and time, and of
 * how many identical records came before it. Note: the id alone cannot be the key (the
 * history lists one request twice, once pending and once done); a hash keeps cursors short
 * however long the upstream's ids are, and the key of a record does not move when newer
 * transfers are added in front of it.
 */
export function transferCursorKeys(transfers: readonly AnyTransfer[]): Map<AnyTransfer, string> {
  const seen = new Map<string, number>();
  const keys = new Map<AnyTransfer, string>();
  for (const transfer of transfers) {
    const identity = JSON.stringify([transfer.kind, transfer.id, transfer.status, transfer.at]);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    keys.set(transfer, createHash('sha256').update(`${identity}#${occurrence}`).digest('base64url').slice(0, 22));
  }
  return keys;
}

/**
 * One page of a history: newest first, only the transfers `keep` accepts, after the one
 * `after` names. Cursor keys come from the whole history, so a cursor does not depend on
 * the filter it was read with.
 */
export function toTransferPage(
  dto: TransferHistoryDto,
  keep: (transfer: AnyTransfer) => boolean,
  first: number | null | undefined,
  after: string | null | undefined,
): Page<AnyTransfer> {
  const transfers = toTransfers(dto.history);
  const keys = transferCursorKeys(transfers);
  return pageOf(transfers.filter(keep), (transfer) => keys.get(transfer)!, first, after);
}
