import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, pageOf, pageSize, type Page } from '../../src/mappers/paging.js';

const items = Array.from({ length: 25 }, (_, i) => ({ id: `t${i}` }));
const key = (item: { id: string }) => item.id;

describe('pageOf', () => {
  it('gives the first page with cursors and the total', () => {
    const page = pageOf(items, key, 10, null);
    expect(page.edges.map((e) => e.node.id)).toEqual(items.slice(0, 10).map((i) => i.id));
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page.totalCount).toBe(25);
  });

  it('walks the whole list with endCursor, each item once', () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<{ id: string }> = pageOf(items, key, 7, after);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(items.map((i) => i.id));
  });

  it('refuses a first over 100 or below 0, and a cursor it did not give out, as BAD_USER_INPUT', () => {
    for (const first of [101, -1, 1.5]) expect(() => pageSize(first)).toThrow(/first/);
    for (const after of ['nope', 'x'.repeat(2000), Buffer.from('v2:t1').toString('base64url'), '!!']) {
      expect(() => pageOf(items, key, 5, after)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    expect(() => pageOf(items, key, 5, encodeCursor('gone'))).toThrow(/no longer in the list/);
  });

  it('round-trips any key through a cursor', () => {
    for (const k of ['urn:a:b@c', 'ü', '']) expect(decodeCursor(encodeCursor(k))).toBe(k);
  });
});
