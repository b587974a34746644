import { BadUserInputError } from '../errors/gateway-errors.js';
import { decodeCursor, encodeCursor } from './paging.js';

/**
 * Where a page of the withdrawal history starts: the upstream's chunk (null for the first
 * one, which has no id) and how many of its transfers were already shown.
 */
export interface ChunkPosition {
  readonly chunkId: string | null;
  readonly skip: number;
}

/** The start of the history. */
export const FIRST_CHUNK: ChunkPosition = { chunkId: null, skip: 0 };

/** The chunk ids this gateway gives out inside cursors (see the history guard). */
const CHUNK_ID = /^[\x21-\x7E]{1,500}$/;
/** More transfers than any one chunk holds: bounds what a forged cursor can ask to skip. */
const MAX_SKIP = 10_000;

/** An opaque cursor for a position in the withdrawal history. */
export function encodeChunkCursor(position: ChunkPosition): string {
  return encodeCursor(JSON.stringify([position.chunkId, position.skip]));
}

/**
 * The position an `after` cursor names. Its chunk id goes into the upstream's body, so it
 * is checked like any input: BAD_USER_INPUT for anything this gateway did not give out.
 */
export function decodeChunkCursor(cursor: string): ChunkPosition {
  const refuse = (): never => {
    throw new BadUserInputError('"after" is not a cursor of the withdrawal history.');
  };
  let value: unknown;
  try {
    value = JSON.parse(decodeCursor(cursor));
  } catch {
    return refuse();
  }
  if (!Array.isArray(value) || value.length !== 2) return refuse();
  const [chunkId, skip] = value as [unknown, unknown];
  if (chunkId !== null && (typeof chunkId !== 'string' || !CHUNK_ID.test(chunkId))) return refuse();
  if (typeof skip !== 'number' || !Number.isSafeInteger(skip) || skip < 0 || skip > MAX_SKIP) return refuse();
  return { chunkId, skip };
}
