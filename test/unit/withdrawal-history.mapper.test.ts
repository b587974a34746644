import { describe, expect, it } from 'vitest';
import { withdrawalHistoryResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import type { WithdrawalHistoryDto } from '../../src/datasources/payments/withdrawals.dto.js';
import { isWithdrawalHistoryDto } from '../../src/datasources/payments/withdrawals.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { encodeCursor } from '../../src/mappers/paging.js';
import { decodeChunkCursor, encodeChunkCursor, FIRST_CHUNK } from '../../src/mappers/withdrawal-cursor.js';
import { toWithdrawalHistoryPage } from '../../src/mappers/withdrawal-history.mapper.js';

const chunk = parseLosslessJson(withdrawalHistoryResponse) as WithdrawalHistoryDto;
const NEXT = 'urn:authenticateit:transactions_history_chunk:b5bdd04d-4785-4bf9-b55d-30d4f1d86c7b';
const ids = (page: ReturnType<typeof toWithdrawalHistoryPage>) => page.edges.map((e) => e.node.id.slice(-12));

describe('toWithdrawalHistoryPage on the seed chunk', () => {
  it('maps every kind of the chunk, newest first, with an unknown total', () => {
    expect(isWithdrawalHistoryDto(chunk)).toBe(true);
    const page = toWithdrawalHistoryPage(chunk, FIRST_CHUNK, 10);
    expect(page.edges.map((e) => e.node.kind)).toEqual(['RETAIL_CONNECT', 'POLONIEX', 'COINBASE']);
    expect(page.totalCount).toBeNull();
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    // The last transfer of the chunk points at the next chunk.
    expect(decodeChunkCursor(page.pageInfo.endCursor!)).toEqual({ chunkId: NEXT, skip: 0 });
  });

  it('never spans two chunks: a page inside a chunk resumes in it, by position', () => {
    const first = toWithdrawalHistoryPage(chunk, FIRST_CHUNK, 2);
    expect(ids(first)).toEqual(['48753ad15cdc', '312c0d65a00b']);
    const at = decodeChunkCursor(first.pageInfo.endCursor!);
    expect(at).toEqual({ chunkId: null, skip: 2 });
    const second = toWithdrawalHistoryPage(chunk, at, 2);
    expect(ids(second)).toEqual(['38aebd5c4639']);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
  });

  it('ends on the last chunk: hasNextPage false, and the end cursor stays at its end', () => {
    const last = { ...chunk, next: null };
    const page = toWithdrawalHistoryPage(last, { chunkId: NEXT, skip: 0 }, 10);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(decodeChunkCursor(page.pageInfo.endCursor!)).toEqual({ chunkId: NEXT, skip: 3 });
    expect(toWithdrawalHistoryPage(last, { chunkId: NEXT, skip: 3 }, 10).edges).toEqual([]);
    expect(toWithdrawalHistoryPage(last, FIRST_CHUNK, 0).pageInfo).toMatchObject({ hasNextPage: true, endCursor: null });
  });

  it('refuses a chunk id the upstream could not have sent back into a cursor (the guard)', () => {
    expect(isWithdrawalHistoryDto({ ...chunk, next: 'x'.repeat(501) })).toBe(false);
    expect(isWithdrawalHistoryDto({ ...chunk, next: 'has space' })).toBe(false);
  });
});

describe('decodeChunkCursor', () => {
  it('round-trips what encodeChunkCursor gives out', () => {
    for (const position of [FIRST_CHUNK, { chunkId: NEXT, skip: 7 }]) expect(decodeChunkCursor(encodeChunkCursor(position))).toEqual(position);
  });

  it('refuses, as BAD_USER_INPUT, anything else: garbage, other cursors, forged chunk ids and skips', () => {
    const forged = [
      'nope',
      encodeCursor('abc'),
      encodeCursor('[1,2,3]'),
      encodeCursor('["a b",0]'),
      encodeCursor(`["${'x'.repeat(501)}",0]`),
      encodeCursor('[null,-1]'),
      encodeCursor('[null,1.5]'),
      encodeCursor('[null,10001]'),
      encodeCursor('{"chunkId":null}'),
    ];
    for (const cursor of forged) expect(() => decodeChunkCursor(cursor), cursor).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});
