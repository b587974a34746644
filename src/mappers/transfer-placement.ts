import type { TransferHistoryDto, TransferRecordDto } from '../datasources/payments/transfers.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import { toTransfer, type AnyTransfer } from './transfer.mapper.js';

/** The upstream `type`s this gateway knows; a record without one is an ethereum transfer. */
const KNOWN_KINDS: ReadonlySet<string> = new Set(['ethereum', 'cashout', 'coinbase', 'poloniex', 'deposit', 'user_cashback', 'retail_connect']);

/**
 * A history record placed in time. It is mapped to a Transfer only when something reads
 * it (a page that shows it, a filter), and at most once.
 */
export interface PlacedTransfer {
  readonly record: TransferRecordDto;
  /** The record's time in ms since the epoch: the history's order. */
  readonly time: number;
  mapped: AnyTransfer | undefined;
}

/** The Transfer of a placed record, mapped on first use. */
export function transferOf(placed: PlacedTransfer): AnyTransfer {
  return (placed.mapped ??= toTransfer(placed.record));
}

/**
 * Note: the datasource's guard has checked every record of a known kind in full and let
 * the others through as such (`isTransferRecordListDto`), so the tag alone tells them
 * apart here; checking each record again would cost a guard per record per page.
 */
function isKnownRecord(record: TransferHistoryDto['history'][number]): record is TransferRecordDto {
  const type = record.type;
  return type === undefined || type === null || (typeof type === 'string' && KNOWN_KINDS.has(type));
}

/**
 * The known records of a history, newest first; records of the same time keep the
 * upstream's order. Costs one pass (and a sort only when the upstream's order is not
 * already newest first). Note: a record without a real time (the 0000-01-01 placeholder)
 * cannot be placed and fails the history, as its mapping would; a time that only looks
 * real (2018-02-30) is placed where Date.parse puts it and fails when it is mapped.
 */
export function placeTransfers(records: TransferHistoryDto['history']): PlacedTransfer[] {
  const placed: PlacedTransfer[] = [];
  let ordered = true;
  for (const record of records) {
    if (!isKnownRecord(record)) continue;
    const time = record.ts.startsWith('0000-') ? NaN : Date.parse(record.ts);
    if (Number.isNaN(time)) throw new UpstreamShapeError('payments', 'a transfer without a time');
    if (placed.length > 0 && time > placed[placed.length - 1]!.time) ordered = false;
    placed.push({ record, time, mapped: undefined });
  }
  // Array.prototype.sort is stable: equal times keep the upstream's order.
  return ordered ? placed : placed.sort((a, b) => b.time - a.time);
}
