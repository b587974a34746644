import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

/** The app's home screen, one operation over five upstream endpoints (issue 7; bench W2). */
const HOME = `query Home {
  me {
    balance { totalCoins feeRange { min max } }
    walletAddresses { address description }
    withdrawalAccounts { accounts { id kind } allowedTransferTypes }
    transfers(first: 5) { edges { node { id kind status coins } } }
  }
  plans { id cost }
  coinPrice(currency: "AUD") { perCoin }
}`;

const ENDPOINTS = {
  balance: 'GET /payments-service/user/ethereum/balance',
  addresses: 'GET /user/ethereum/addresses',
  accounts: 'GET /payments-service/withdrawal/account',
  history: 'GET /payments-service/user/ethereum/transfer/history',
  plans: 'GET /payments-service/billing_plans',
  price: 'GET /rewards/convert/coins',
};

type Home = { me: Record<string, unknown>; plans: unknown[] | null; coinPrice: { perCoin: number } | null };

describe('the home screen', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.clearFaults());

  it('asks each endpoint exactly once cold, and the plan catalogue and the price not at all warm', async () => {
    const cold = await h.runAs<Home>('demo-user', HOME);
    expect(cold.errors).toBeUndefined();
    expect(await h.stats()).toEqual(Object.fromEntries(Object.values(ENDPOINTS).map((route) => [route, 1])));
    await h.resetSim();
    const warm = await h.runAs<Home>('demo-user', HOME);
    expect(warm.errors).toBeUndefined();
    expect(warm.data).toEqual(cold.data);
    expect(await h.stats()).toEqual({ [ENDPOINTS.balance]: 1, [ENDPOINTS.addresses]: 1, [ENDPOINTS.accounts]: 1, [ENDPOINTS.history]: 1 });
  });

  it('loses only the field whose upstream fails; every other part arrives', async () => {
    await h.fault({ route: ENDPOINTS.accounts, status: 503 });
    const res = await h.runAs<Home>('demo-user', HOME);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ path: ['me', 'withdrawalAccounts'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(res.data!.me.withdrawalAccounts).toBeNull();
    expect(res.data!.me.balance).not.toBeNull();
    expect(res.data!.me.walletAddresses).toHaveLength(1);
    expect((res.data!.me.transfers as { edges: unknown[] }).edges).toHaveLength(5);
    expect(res.data!.plans).toHaveLength(4);
    expect(res.data!.coinPrice?.perCoin).toBeGreaterThan(0);
  });
});

describe('accounts across lists', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());

  it('shows a cash-out account added through /cashout/account in withdrawalAccounts, and drops it once removed', async () => {
    const add = await h.runAs<{ addCashoutAccount: { id: string } }>(
      'demo-user',
      'mutation ($input: CashoutAccountInput!) { addCashoutAccount(input: $input) { id } }',
      { input: { country: '036', bank: 'Test BN', name: 'John Smith', bsb: '123456', accountNumber: '22334455', description: 'Mine' } },
    );
    expect(add.errors).toBeUndefined();
    const id = add.data!.addCashoutAccount.id;
    const ids = async () =>
      ((await h.runAs<{ me: { withdrawalAccounts: { accounts: Array<{ id: string; kind: string }> } } }>('demo-user', '{ me { withdrawalAccounts { accounts { id kind } } } }'))
        .data!.me.withdrawalAccounts.accounts);
    expect(await ids()).toContainEqual({ id, kind: 'CASHOUT' });
    expect((await h.runAs('demo-user', 'mutation ($ids: [ID!]!) { removeCashoutAccounts(ids: $ids) { id } }', { ids: [id] })).errors).toBeUndefined();
    expect((await ids()).map((a) => a.id)).not.toContain(id);
  });
});
