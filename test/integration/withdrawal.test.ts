import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const W = '/payments-service/withdrawal';
const ACCOUNTS = `GET ${W}/account`;
const HISTORY = `POST ${W}/history/get`;
const LIMITS = `GET ${W}/limits`;
const EARNINGS = `GET ${W}/earnings/statement`;
const PAGE = `query ($first: Int, $after: String) { me { withdrawalHistory(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { __typename id kind status } } } } }`;

type History = { me: { withdrawalHistory: { totalCount: null; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; edges: Array<{ node: { id: string; kind: string } }> } } };

describe('withdrawals through the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('lists the accounts of every kind as their own types, with the allowed transfer types, in one call', async () => {
    const res = await h.runAs<{ me: { withdrawalAccounts: { allowedTransferTypes: string[]; accounts: Array<Record<string, unknown>> } } }>(
      'demo-user',
      `{ me { withdrawalAccounts { allowedTransferTypes accounts { __typename id kind currency
        ... on CashoutAccount { accountNumber bank } ... on EthereumWithdrawalAccount { address description addedAt }
        ... on PoloniexAccount { address status } ... on CoinbaseAccount { email inactive } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { accounts, allowedTransferTypes } = res.data!.me.withdrawalAccounts;
    expect(allowedTransferTypes).toEqual(['coinbase', 'cashout', 'poloniex']);
    expect(accounts.map((a) => a.__typename)).toEqual([
      'CoinbaseAccount',
      'CashoutAccount',
      'CashoutAccount',
      'EthereumWithdrawalAccount',
      'PoloniexAccount',
      'PoloniexAccount',
      'PoloniexAccount',
    ]);
    expect(accounts[1]).toEqual({ __typename: 'CashoutAccount', id: '1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365', kind: 'CASHOUT', currency: 'AUD', accountNumber: '22334455', bank: 'SB' });
    expect(accounts[3]).toMatchObject({ kind: 'ETHEREUM', address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2', description: 'My new wallet', addedAt: '2018-08-30T14:16:07Z' });
    expect(accounts[0]).toMatchObject({ kind: 'COINBASE', currency: 'AUD', inactive: false });
    expect(await h.stats()).toEqual({ [ACCOUNTS]: 1 });
  });

  it('pages the history by upstream chunk: one call per page, the cursor naming the chunk, hasNextPage false at the end', async () => {
    const first = await h.runAs<History>('demo-user', PAGE, { first: 2 });
    expect(first.errors).toBeUndefined();
    const one = first.data!.me.withdrawalHistory;
    expect(one.totalCount).toBeNull();
    expect(one.edges.map((e) => e.node.kind)).toEqual(['RETAIL_CONNECT', 'POLONIEX']);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = (await h.runAs<History>('demo-user', PAGE, { first: 10, after: one.pageInfo.endCursor })).data!.me.withdrawalHistory;
    // A page never spans two chunks: the rest of the first chunk, though ten were asked for.
    expect(two.edges.map((e) => e.node.kind)).toEqual(['COINBASE']);
    expect(two.pageInfo.hasNextPage).toBe(true);
    const three = (await h.runAs<History>('demo-user', PAGE, { first: 10, after: two.pageInfo.endCursor })).data!.me.withdrawalHistory;
    expect(three.edges.map((e) => e.node.kind)).toEqual(['CASHOUT', 'CASHOUT', 'CASHOUT']);
    expect(three.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const seen = [...one.edges, ...two.edges, ...three.edges].map((e) => e.node.id);
    expect(new Set(seen).size).toBe(6);
    expect(await h.stats()).toEqual({ [HISTORY]: 3 });
  });

  it('shows a new exchange transfer first, pending', async () => {
    const sent = await h.runAs<{ transferToPoloniex: { id: string } }>(
      'demo-user',
      'mutation { transferToPoloniex(input: { accountId: "48d8909fbf42cc6bbed4dd47eeaf203cb2a65634", coins: "1000" }) { id } }',
    );
    const res = await h.runAs<History>('demo-user', PAGE, { first: 5 });
    expect(res.data!.me.withdrawalHistory.edges.map((e) => e.node)).toEqual([
      { __typename: 'PoloniexTransfer', id: sent.data!.transferToPoloniex.id, kind: 'POLONIEX', status: 'PENDING' },
    ]);
  });

  it('refuses a bad first or a cursor it did not give out, before any call', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { after: 'garbage' }, { after: Buffer.from('v1:["a b",0]').toString('base64url') }]) {
      expect((await h.runAs('demo-user', PAGE, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it('gives the limits with coins exact and the currency upper-cased', async () => {
    const res = await h.runAs('demo-user', `{ me { withdrawalLimits { currency currencySymbol startAt
      current { level coinsTransferred coinsTransferredWithoutBoosters restCoins coinPrice restType from to } levels { level maxValueWithBooster } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      me: {
        withdrawalLimits: {
          currency: 'AUD',
          currencySymbol: '$',
          startAt: '2022-06-01T14:00:00Z',
          current: { level: 'basic', coinsTransferred: '1661882809999999995904', coinsTransferredWithoutBoosters: '1620000000000000000000', restCoins: '40000000000000000000', coinPrice: 1.1855364552459988e-20, restType: 'rest_based_earnings' },
        },
      },
    });
    expect(await h.stats()).toEqual({ [LIMITS]: 1 });
  });

  it('gives the earnings statement digit for digit, the 0000-01-01 placeholder as null', async () => {
    const res = await h.runAs<{ me: { earningsStatement: Array<Record<string, unknown>> } }>(
      'demo-user',
      '{ me { earningsStatement { period year month earnedCoins transferredCoins balance balanceAt balanceType } } }',
    );
    expect(res.errors).toBeUndefined();
    const [aug, , nov] = res.data!.me.earningsStatement;
    expect(aug).toEqual({ period: '2022-08', year: 2022, month: 8, earnedCoins: '830000000000000000000', transferredCoins: '0', balance: '0', balanceAt: null, balanceType: 'transfers' });
    expect(nov).toMatchObject({ earnedCoins: '-119088159031979250176', balance: '-119088159031979250176', balanceAt: '2022-12-29T01:09:57Z' });
    expect(await h.stats()).toEqual({ [EARNINGS]: 1 });
  });

  it('costs each field alone: a failing limits call leaves the other fields their data', async () => {
    await h.fault({ route: LIMITS, status: 500 });
    const res = await h.runAs<{ me: Record<string, unknown> }>('demo-user', '{ me { withdrawalLimits { currency } earningsStatement { period } } }');
    expect(res.data!.me.withdrawalLimits).toBeNull();
    expect(res.data!.me.earningsStatement).toHaveLength(3);
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['me.withdrawalLimits', 'UPSTREAM_UNAVAILABLE']]);
    await h.clearFaults();
  });

  it('is UNAUTHENTICATED without a ticket, with no upstream call', async () => {
    const res = await h.runAs(undefined, '{ me { withdrawalAccounts { allowedTransferTypes } withdrawalHistory { totalCount } withdrawalLimits { currency } earningsStatement { period } } }');
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await h.stats()).toEqual({});
  });
});
