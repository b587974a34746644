import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const BALANCE = 'GET /payments-service/user/ethereum/balance';
const HISTORY = 'GET /payments-service/user/ethereum/transfer/history';
const TRANSFERS = `query Transfers($first: Int, $after: String, $filter: String) {
  me { transfers(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node {
      __typename id kind status at coins hash
      ... on EthereumTransfer { address feeCoins: fee convertedAudValue }
      ... on CashoutTransfer { currency convertedValue convertedAudValue account { id accountNumber kind } fee { feeCoins feeValue valueWithFee gasFeePercent } }
      ... on PoloniexTransfer { convertedAudValue poloniex: account { id address status kind } fee { coins feeCoins value } }
      ... on CashbackTransfer { currency value account { accountNumber } }
    } }
  } }
}`;

// Note: `fee` and `account` have other types on other kinds, so a query asking for both aliases one.
type Edge = { cursor: string; node: Record<string, unknown> };
type Connection = { totalCount: number; pageInfo: Record<string, unknown>; edges: Edge[] };

describe('me.balance', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("gives the seed's balance digit for digit, with one upstream call", async () => {
    const res = await h.runAs('demo-user', '{ me { balance { accountCoins addressCoins totalCoins feeRange { min max } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      me: {
        balance: {
          accountCoins: '1949979999999999999934',
          addressCoins: '10111020000000000000000',
          totalCoins: '12060999999999999999934',
          feeRange: { min: '1000000000000000000', max: '50000000000000000000' },
        },
      },
    });
    expect(await h.calls(BALANCE)).toBe(1);
  });

  it('fails that field alone: UNAUTHENTICATED without a ticket (no upstream call), UPSTREAM_UNAVAILABLE on a 503', async () => {
    const anonymous = await h.runAs(undefined, '{ me { balance { totalCoins } } }');
    expect(anonymous.data).toEqual({ me: { balance: null } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    await h.fault({ route: BALANCE, status: 503 });
    const res = await h.runAs('demo-user', '{ me { balance { totalCoins } transfers(first: 1) { totalCount } } }');
    expect(res.data).toEqual({ me: { balance: null, transfers: { totalCount: 9 } } });
    expect(res.errors?.[0]).toMatchObject({ path: ['me', 'balance'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    await h.clearFaults();
  });

  it('refuses an answer with a malformed amount rather than passing it on', async () => {
    await h.fault({ route: BALANCE, status: 200, body: '{"account_coins":"1.5","balance_coins":"0","total_coins":"0","coins_fee":{"min":"0","max":"1"}}', times: 2 });
    const res = await h.runAs('demo-user', '{ me { balance { accountCoins } } }');
    expect(res.data).toEqual({ me: { balance: null } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
  });
});

describe('me.transfers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('gives the first page newest first, every kind as its own type, with one upstream call', async () => {
    const res = await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { first: 4 });
    expect(res.errors).toBeUndefined();
    const { totalCount, pageInfo, edges } = res.data!.me.transfers;
    expect(totalCount).toBe(9);
    expect(pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: edges[0]!.cursor, endCursor: edges[3]!.cursor });
    expect(edges.map((e) => e.node.__typename)).toEqual(['PoloniexTransfer', 'CashbackTransfer', 'CashbackTransfer', 'CashoutTransfer']);
    expect(edges[0]!.node).toEqual({
      __typename: 'PoloniexTransfer',
      id: 'urn:authenticateit:transaction_request:1fe053e1-8cf4-4371-a8bc-312c0d65a00b',
      kind: 'POLONIEX',
      status: 'FAILURE',
      at: '2023-02-14T01:13:24Z',
      coins: '6476600000000000000',
      hash: '16705382',
      convertedAudValue: 0.04707192880000001,
      poloniex: { id: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf', address: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d', status: 'success', kind: 'POLONIEX' },
      fee: { coins: '6476680000000000000', feeCoins: '0', value: '0.04' },
    });
    expect(edges[1]!.node).toMatchObject({ status: 'PENDING', coins: null, currency: 'AUD', value: '0.99', account: { accountNumber: '67774555' } });
    expect(edges[2]!.node).toMatchObject({ id: edges[1]!.node.id, status: 'SUCCESS' });
    expect(edges[1]!.cursor).not.toBe(edges[2]!.cursor);
    expect(edges[3]!.node).toMatchObject({
      convertedValue: '3.3',
      convertedAudValue: 3.3080050413996833,
      account: { id: 'ab97eff9-1ef5-4612-95ea-b557d9b106fe', kind: 'CASHOUT' },
      fee: { feeCoins: '13611000000000000000000', feeValue: '1.5', valueWithFee: '3.3', gasFeePercent: 5 },
    });
    expect(await h.calls(HISTORY)).toBe(1);
  });

  it('pages through the whole history with opaque cursors, no record lost or repeated', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { first: 2, after });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.me.transfers;
      seen.push(...edges.map((e) => `${String(e.node.id)}/${String(e.node.status)}`));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor as string;
    }
    expect(seen).toHaveLength(9);
    expect(new Set(seen).size).toBe(9);
    expect(seen.at(-1)).toBe('00ad7965-320a-4772-8f0a-4a8eae6025fb/SUCCESS');
    expect(await h.calls(HISTORY)).toBe(5);
  });

  it('gives the ethereum record its checksummed address and the deposits as DepositTransfer', async () => {
    const res = await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { first: 10 });
    const nodes = res.data!.me.transfers.edges.map((e) => e.node);
    expect(res.data!.me.transfers.pageInfo.hasNextPage).toBe(false);
    expect(nodes[6]).toMatchObject({ __typename: 'EthereumTransfer', address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2', feeCoins: '44000000000000000000', convertedAudValue: 0.0024809999999999997 });
    expect(nodes.slice(7).map((n) => n.__typename)).toEqual(['DepositTransfer', 'DepositTransfer']);
  });

  it('refuses a too large first, a foreign cursor and a malformed filter before asking the upstream', async () => {
    const tooMany = await h.runAs('demo-user', TRANSFERS, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await h.runAs('demo-user', TRANSFERS, { after: 'bm90IGEgY3Vyc29y' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const filtered = await h.runAs('demo-user', TRANSFERS, { filter: 'kind:cashout AND' });
    expect(filtered.errors?.[0]).toMatchObject({ message: expect.stringMatching(/position/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await h.calls(HISTORY)).toBe(0);
    const blank = await h.runAs<{ me: { transfers: Connection } }>('demo-user', TRANSFERS, { filter: '  ', first: 0 });
    expect(blank.data!.me.transfers).toMatchObject({ totalCount: 9, edges: [] });
  });

  it('is UNAUTHENTICATED without a ticket, with no upstream call', async () => {
    const anonymous = await h.runAs(undefined, TRANSFERS, { first: 5, filter: 'kind:cashout' });
    expect(anonymous.data).toEqual({ me: { transfers: null } });
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['me', 'transfers'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(await h.stats()).toEqual({});
  });

  it('reads balance and transfers of one operation with one call per endpoint', async () => {
    const res = await h.runAs('demo-user', '{ me { balance { totalCoins } a: transfers(first: 1) { totalCount } b: transfers(first: 5) { totalCount } } }');
    expect(res.errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [HISTORY]: 1 });
  });
});
