import { BadUserInputError } from '../errors/gateway-errors.js';
import type { PageInfo } from '../types/page-info.type.js';

/** Seed 002's paging rules: 10 when not asked, at most 100, and a larger `first` is refused, not cut. */
export const PAGE_SIZE = { default: 10, max: 100 } as const;

/** One page of a connection: edges with opaque cursors, where it sits, and the total when known. */
export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount: number | null;
}

const CURSOR_PREFIX = 'v1:';
const MAX_CURSOR_LENGTH = 1024;

/** The page size a client asked for, checked: BAD_USER_INPUT outside 0..100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? PAGE_SIZE.default;
  if (!Number.isInteger(size) || size < 0 || size > PAGE_SIZE.max) {
    throw new BadUserInputError(`"first" must be a whole number from 0 to ${PAGE_SIZE.max}; got ${size}.`);
  }
  return size;
}

/** An opaque cursor for an item key (clients must not build or read them). */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

/** The item key inside a cursor this gateway gave out; BAD_USER_INPUT for anything else. */
export function decodeCursor(cursor: string): string {
  const text = cursor.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!text.startsWith(CURSOR_PREFIX)) throw new BadUserInputError('"after" is not a cursor this API gave out.');
  return text.slice(CURSOR_PREFIX.length);
}

/**
 * A page of a list the upstream sends whole: the `first` items after the one whose key
 * `after` names. Keys must tell items apart (an id alone may not: an upstream history can
 * list one request twice, once per status).
 */
export function pageOf<T>(items: readonly T[], keyOf: (item: T) => string, first: number | null | undefined, after: string | null | undefined): Page<T> {
  const size = pageSize(first);
  let start = 0;
  if (after !== null && after !== undefined) {
    const key = decodeCursor(after);
    start = afterIndex(items.findIndex((item) => keyOf(item) === key));
  }
  return pageAt(items, start, size, (item) => ({ cursor: encodeCursor(keyOf(item)), node: item }));
}

/** Where a page starts after the item a cursor named (found at `index`, -1 if not): BAD_USER_INPUT when it is gone. */
export function afterIndex(index: number): number {
  if (index === -1) throw new BadUserInputError('"after" names an item that is no longer in the list; start again from the first page.');
  return index + 1;
}

/**
 * The `size` items of a list from `start`. Note: `edgeOf` runs for the items shown only,
 * so a list whose items are costly to map or key can be paged at the cost of one page.
 */
export function pageAt<E, T>(items: readonly E[], start: number, size: number, edgeOf: (item: E) => { cursor: string; node: T }): Page<T> {
  const edges = items.slice(start, start + size).map(edgeOf);
  return {
    edges,
    pageInfo: {
      hasNextPage: start + size < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}
