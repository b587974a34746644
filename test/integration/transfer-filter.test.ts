import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const HISTORY = 'GET /payments-service/user/ethereum/transfer/history';
const TRANSFERS = `query ($first: Int, $after: String, $filter: String) {
  me { transfers(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id kind status } } } }
}`;

type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ cursor: string; node: { id: string; kind: string; status: string } }> };

/** The seed's history, newest first: kind, the first 8 characters of the id's UUID, status. */
const SEED = [
  'POLONIEX 1fe053e1 FAILURE',
  'USER_CASHBACK 8c8ae4f9 PENDING',
  'USER_CASHBACK 8c8ae4f9 SUCCESS',
  'CASHOUT 08650dfa PENDING',
  'CASHOUT 61538c96 PENDING',
  'CASHOUT 9ab1b8e4 SUCCESS',
  'ETHEREUM a0ba1883 SUCCESS',
  'DEPOSIT 297eb890 SUCCESS',
  'DEPOSIT 00ad7965 SUCCESS',
];
const pick = (...indexes: number[]) => indexes.map((i) => SEED[i]);
const label = (node: Connection['edges'][number]['node']) => `${node.kind} ${node.id.replace(/^urn:authenticateit:transaction_request:/, '').slice(0, 8)} ${node.status}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

async function filtered(filter: string, first = 100, after: string | null = null): Promise<Connection> {
  const res = await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { filter, first, after });
  expect(res.errors, filter).toBeUndefined();
  return res.data!.me.transfers;
}

describe('User.transfers(filter:) over the seed history', () => {
  it.each([
    ['kind:cashout OR status:pending', pick(1, 3, 4, 5)],
    ['-kind:deposit', pick(0, 1, 2, 3, 4, 5, 6)],
    ['coins:>1000000000000000000000', pick(3, 4)],
    ['at:>=2021-01-01 at:<2022-01-01', pick(1, 2, 3, 4)],
    ['kind:cashout AND status:pending', pick(3, 4)],
    ['NOT (kind:deposit OR kind:ethereum) status:success', pick(2, 5)],
    ['currency:aud', pick(1, 2, 3, 4, 5)],
    ['hash:*', pick(3, 4)],
    ['coins:*', pick(1, 2)],
    ['status:success coins:<=10000000000000000000', pick(7, 8)],
    ['hash:"16705382"', pick(0)],
    ['at:>2018-08-30T20:30:28Z at:<2018-09-04', pick(5, 6)],
    ['kind:RETAIL_CONNECT', []],
    ['kind:Cashout coins:>=200000000000000000000 coins:<=200000000000000000000', pick(5)],
  ])('%s', async (filter, expected) => {
    const page = await filtered(filter);
    expect(page.edges.map((e) => label(e.node))).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(await h.calls(HISTORY)).toBe(1);
  });

  it('pages through a filtered list with cursors, losing and repeating nothing', async () => {
    for (const [filter, first] of [['-kind:deposit', 2], ['kind:cashout OR status:pending', 1], ['status:success', 3]] as const) {
      const all = (await filtered(filter)).edges.map((e) => e.cursor);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await filtered(filter, first, after);
        seen.push(...page.edges.map((e) => e.cursor));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen, filter).toEqual(all);
    }
  });

  it('keeps a cursor valid across filters: it names the same transfer in the whole history', async () => {
    const unfiltered = (await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { first: 100 })).data!.me.transfers;
    const cashouts = await filtered('kind:cashout');
    expect(cashouts.edges.map((e) => e.cursor)).toEqual(unfiltered.edges.filter((e) => e.node.kind === 'CASHOUT').map((e) => e.cursor));
    const afterFirstCashout = await filtered('kind:cashout', 100, cashouts.edges[0]!.cursor);
    expect(afterFirstCashout.edges.map((e) => label(e.node))).toEqual(pick(4, 5));
  });

  it('finds a cash-out made just now, pending', async () => {
    const cashout = await h.runAs<{ requestCashout: { id: string } }>('demo-user', 'mutation { requestCashout(input: { accountId: "f50b74b3-8605-4985-af89-20cd0adfe89d", coins: "1000000000000000000000" }) { id } }');
    const page = await filtered('kind:cashout status:pending at:>=2024-01-01');
    expect(page.edges.map((e) => e.node.id)).toEqual([cashout.data!.requestCashout.id]);
  });
});

describe('User.transfers(filter:) refusals', () => {
  it.each([
    ['kind:', /position 6/],
    ['kind:cashout AND', /position/],
    ['(kind:cashout', /position 14/],
    ['kind:bitcoin', /bitcoin/],
    ['amount:>5', /unknown field "amount" at position 1; known fields: kind, status, at, coins, hash, currency/],
    ['coins:>1.5', /position/],
    ['at:>yesterday', /position/],
    ['kind:cashout OR OR status:pending', /position/],
    ['x'.repeat(513), /512/],
    ['('.repeat(17) + 'kind:cashout' + ')'.repeat(17), /deep|nest|16/],
  ])('%s is BAD_USER_INPUT naming where, before any call', async (filter, message) => {
    const res = await h.runAs('demo-user', TRANSFERS, { filter, first: 5 });
    expect(res.errors?.[0]).toMatchObject({ path: ['me', 'transfers'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toMatch(/^filter: /);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await h.stats()).toEqual({});
  });

  it('treats a blank filter as none', async () => {
    expect((await filtered('   ')).totalCount).toBe(9);
  });
});
