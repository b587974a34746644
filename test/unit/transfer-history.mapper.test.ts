import { describe, expect, it } from 'vitest';
import { transferHistoryResponse } from '../../sim/fixtures/transfer-history.fixture.js';
import type { TransferHistoryDto } from '../../src/datasources/payments/transfers.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { decodeCursor } from '../../src/mappers/paging.js';
import { transferFilter } from '../../src/mappers/transfer-filter.js';
import { toTransferPage, toTransfers, transferCursorKeys } from '../../src/mappers/transfer-history.mapper.js';

const seed = (): TransferHistoryDto => parseLosslessJson(transferHistoryResponse) as TransferHistoryDto;
const all = () => true;

describe('toTransfers', () => {
  it('lists the seed history newest first, as the upstream sent it', () => {
    const times = toTransfers(seed().history).map((t) => t.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(times[0]).toBe('2023-02-14T01:13:24Z');
    expect(times).toHaveLength(9);
  });

  it('sorts an upstream list that is not in order, keeping the upstream order for equal times', () => {
    const [poloniex, pending, done, , , , ethereum] = seed().history;
    const transfers = toTransfers([ethereum!, pending!, poloniex!, done!]);
    expect(transfers.map((t) => [t.kind, t.status])).toEqual([
      ['POLONIEX', 'FAILURE'],
      ['USER_CASHBACK', 'PENDING'],
      ['USER_CASHBACK', 'SUCCESS'],
      ['ETHEREUM', 'SUCCESS'],
    ]);
  });

  it('leaves out a record of a kind it does not know', () => {
    const history = [{ type: 'airdrop', id: 'x', status: 'success', ts: '2030-01-01T00:00:00Z' }, ...seed().history];
    expect(toTransfers(history)).toHaveLength(9);
  });
});

describe('transfer cursors', () => {
  it('tells apart the two records of one cashback request (pending, then success)', () => {
    const transfers = toTransfers(seed().history);
    const keys = transferCursorKeys(transfers);
    expect(transfers[1]!.id).toBe(transfers[2]!.id);
    expect(new Set(keys.values()).size).toBe(9);
  });

  it('tells apart two identical records, and keeps every key when newer transfers are added in front', () => {
    const history = seed().history;
    const twice = toTransfers([...history, history[8]!]);
    expect(new Set(transferCursorKeys(twice).values()).size).toBe(10);
    const before = [...transferCursorKeys(toTransfers(history)).values()];
    const newer = { ...(history[6] as object), id: 'urn:new', ts: '2024-01-01T00:00:00Z' };
    const after = [...transferCursorKeys(toTransfers([newer, ...history])).values()];
    expect(after.slice(1)).toEqual(before);
  });

  it('pages through the whole history without loss or repeat', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = toTransferPage(seed(), all, 4, after);
      seen.push(...result.edges.map((e) => `${e.node.id} ${e.node.status}`));
      expect(result.totalCount).toBe(9);
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
  });

  it('keeps cursors opaque and short, however long the ids', () => {
    const longId = { ...(seed().history[8] as object), id: 'x'.repeat(5000) };
    const page = toTransferPage({ history: [longId] } as TransferHistoryDto, all, 1, null);
    expect(page.edges[0]!.cursor.length).toBeLessThan(64);
    expect(decodeCursor(page.edges[0]!.cursor)).not.toContain('x');
  });

  it('gives a page the same cursors as the whole list, with or without a filter, and after newer transfers', () => {
    const keys = [...transferCursorKeys(toTransfers(seed().history)).values()];
    const page = toTransferPage(seed(), all, 100, null);
    expect(page.edges.map((e) => decodeCursor(e.cursor))).toEqual(keys);
    const pending = toTransferPage(seed(), transferFilter('status:pending'), 1, null).edges[0]!;
    const history = seed().history;
    const newer = { ...(history[6] as object), id: 'urn:new', ts: '2024-01-01T00:00:00Z' };
    const later = toTransferPage({ history: [newer, ...history] } as TransferHistoryDto, all, 100, pending.cursor);
    expect(later.pageInfo.hasPreviousPage).toBe(true);
    const index = page.edges.findIndex((e) => e.cursor === pending.cursor);
    expect(later.edges.map((e) => e.cursor)).toEqual(page.edges.slice(index + 1).map((e) => e.cursor));
  });

  it('refuses a cursor of a transfer the filter leaves out, and one that is not a transfer key', () => {
    const cashback = toTransferPage(seed(), transferFilter('kind:user_cashback'), 1, null).edges[0]!;
    expect(() => toTransferPage(seed(), transferFilter('kind:ethereum'), 1, cashback.cursor)).toThrow(/no longer in the list/);
    expect(() => toTransferPage(seed(), all, 1, Buffer.from('v1:zzzz').toString('base64url'))).toThrow(/no longer in the list/);
  });

  it('maps only the transfers a page shows when there is no filter', () => {
    // A date that only looks real fails its own mapping: outside the page, it is never mapped.
    const broken = { ...(seed().history[8] as object), ts: '2018-02-30T00:00:00Z' };
    const history = [...seed().history, broken] as TransferHistoryDto['history'];
    expect(toTransferPage({ history }, transferFilter(null), 3, null).edges).toHaveLength(3);
    expect(() => toTransferPage({ history }, transferFilter(null), 10, null)).toThrow(/without a time/);
  });
});
