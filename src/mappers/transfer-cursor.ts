import type { AnyTransfer } from './transfer.mapper.js';
import type { PlacedTransfer } from './transfer-placement.js';

/** What a cursor key is made of: a time, and what tells records of that time apart. */
export interface CursorSource<T> {
  time(item: T): number;
  /** Kind, status and id, upper-cased as the graph spells kinds and statuses. */
  identity(item: T): string;
}

/** A placed history record, read without mapping it. */
export const placedCursorSource: CursorSource<PlacedTransfer> = {
  time: (placed) => placed.time,
  identity: ({ record }) => `${(record.type ?? 'ethereum').toUpperCase()}\n${record.status.toUpperCase()}\n${record.id}`,
};

/** A mapped transfer: the same key as the record it came from. */
export const transferCursorSource: CursorSource<AnyTransfer> = {
  time: (transfer) => Date.parse(transfer.at),
  identity: (transfer) => `${transfer.kind}\n${transfer.status}\n${transfer.id}`,
};

/** Two 32-bit FNV-1a style hashes of a text (multiplied apart), as one base-36 word: a cheap, stable fingerprint. */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36).padStart(7, '0');
}

/**
 * The cursor key of the item at `index` of a history, newest first (the whole history,
 * never a filtered part, so that a cursor does not depend on the filter it was read with):
 * its time, a fingerprint of kind, status and id, and how many identical items came before
 * it. Note: the id alone cannot be the key (the history lists one request twice, once
 * pending and once done); a fingerprint keeps keys short however long the ids are, and
 * costs far less than a SHA-256 per record; identical items share their time, so counting
 * them looks back only through the items of that time. The key of an item therefore does
 * not move when newer transfers are added in front, and costs about as much as one item.
 */
export function cursorKeyAt<T>(history: readonly T[], index: number, source: CursorSource<T>): string {
  const item = history[index]!;
  const time = source.time(item);
  const identity = source.identity(item);
  let occurrence = 0;
  for (let i = index - 1; i >= 0 && source.time(history[i]!) === time; i--) if (source.identity(history[i]!) === identity) occurrence++;
  return `${time.toString(36)}.${fingerprint(identity)}${occurrence > 0 ? `.${occurrence}` : ''}`;
}

/**
 * Where in a history the item of a cursor key is (-1 if nowhere). Only items of the key's
 * time are keyed, so finding a cursor costs a comparison of numbers per item.
 */
export function findCursorKey<T>(history: readonly T[], key: string, source: CursorSource<T>): number {
  const time = parseInt(key.slice(0, key.indexOf('.')), 36);
  if (!Number.isSafeInteger(time)) return -1;
  for (let i = 0; i < history.length; i++) {
    if (source.time(history[i]!) === time && cursorKeyAt(history, i, source) === key) return i;
  }
  return -1;
}
