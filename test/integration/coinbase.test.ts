import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const ACCOUNTS = 'GET /payments-service/coinbase/account';
const REMOVE = 'POST /payments-service/coinbase/account/remove';
const QUOTE = 'GET /payments-service/coinbase/convert_coins';
const TRANSFER = 'POST /payments-service/coinbase/transfer';
const HISTORY = 'GET /payments-service/user/ethereum/transfer/history';
const ACCOUNT_ID = '80bc50eb-246a-5f8c-91f1-33dd27d6e519';
const ACCOUNT_FIELDS = '__typename id kind currency email name username avatarUrl resourcePath connectedAt inactive';
const LIST = `{ me { coinbaseAccounts { ${ACCOUNT_FIELDS} } } }`;
const DISCONNECT = `mutation ($ids: [ID!]!) { disconnectCoinbaseAccounts(ids: $ids) { id inactive } }`;
const QUOTE_OP = 'query ($coins: Coins!, $neg: Boolean) { coinbaseQuote(coins: $coins, negativeValues: $neg) { currency minTransferCoins karma { value } breakdown { coins value valueWithFee feeCoins gasCoins } } }';
const SEND = `mutation ($input: ExchangeTransferInput!) { transferToCoinbase(input: $input) {
  __typename id kind status at coins hash convertedAudValue account { id email inactive } fee { coins gasCoins payFeeWithCoins value } } }`;
const example = { accountId: ACCOUNT_ID, coins: '100000000000000000', payFeeWithCoins: true };

const SEED_ACCOUNT = {
  __typename: 'CoinbaseAccount',
  id: ACCOUNT_ID,
  kind: 'COINBASE',
  currency: null,
  email: 'email@gmail.com',
  name: 'user surname',
  username: null,
  avatarUrl: 'https://images.coinbase.com/avatar?h=61f710805a65551207c9d7byjafcxQzYPjMprN0R71t%2BVpkJP2t60hwR92vM%0Ah7X%2F&s=128',
  resourcePath: '/v2/users/80bc50eb-246a-5f8c-91f1-33dd27d6e519',
  connectedAt: '2022-04-29T02:11:35Z',
  inactive: false,
};

describe('Coinbase through the gateway', () => {
  let h: Harness;
  const simConfig = async (patch: Record<string, unknown>) => {
    const res = await fetch(`${h.sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify(patch) });
    expect(res.status).toBe(200);
  };
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("lists the seed's account with one call, and only once however often it is asked for", async () => {
    const res = await h.runAs('demo-user', `{ me { a: coinbaseAccounts { ${ACCOUNT_FIELDS} } b: coinbaseAccounts { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ me: { a: [SEED_ACCOUNT], b: [{ id: ACCOUNT_ID }] } });
    expect(await h.stats()).toEqual({ [ACCOUNTS]: 1 });
  });

  it('disconnects: the answer keeps the account marked inactive (as the seed), later reads leave it out', async () => {
    const res = await h.runAs('demo-user', DISCONNECT, { ids: [ACCOUNT_ID, ACCOUNT_ID] });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ disconnectCoinbaseAccounts: [{ id: ACCOUNT_ID, inactive: true }] });
    const after = await h.runAs('demo-user', '{ me { coinbaseAccounts { id } withdrawalAccounts { accounts { kind } } } }');
    expect(after.data).toMatchObject({ me: { coinbaseAccounts: [] } });
    expect((after.data as { me: { withdrawalAccounts: { accounts: Array<{ kind: string }> } } }).me.withdrawalAccounts.accounts.map((a) => a.kind)).not.toContain('COINBASE');
    expect(await h.calls(REMOVE)).toBe(1);
  });

  it('refuses a disconnect without ids or with a bad id before the upstream is called', async () => {
    for (const ids of [[], ['has space'], ['x'.repeat(300)], Array.from({ length: 101 }, (_, i) => `id-${i}`)]) {
      const res = await h.runAs('demo-user', DISCONNECT, { ids });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(ids).slice(0, 40)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it('quotes coins exactly: the seed example, another amount at the rate, the flag sent only when asked', async () => {
    const res = await h.runAs('demo-user', QUOTE_OP, { coins: '100000000000000000000000' });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      coinbaseQuote: {
        currency: 'AUD',
        minTransferCoins: '100000000000000000',
        karma: null,
        breakdown: { coins: '100000000000000000000000', value: '27.13', valueWithFee: '27.13', feeCoins: '0', gasCoins: '150000000000000000000' },
      },
    });
    const other = await h.runAs<{ coinbaseQuote: { breakdown: { value: string } } }>('demo-user', QUOTE_OP, { coins: '300000000000000000000000', neg: true });
    expect(other.data!.coinbaseQuote.breakdown.value).toBe('81.39');
    expect(await h.calls(QUOTE)).toBe(2);
  });

  it('refuses a quote of zero, negative or fractional coins before the upstream is called', async () => {
    for (const coins of ['0', '-1', '1.5', '1e3']) expect((await h.runAs('demo-user', QUOTE_OP, { coins })).errors?.[0]?.extensions?.code, coins).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it("sends the seed's example transfer and answers the seed's pending transfer; the history lists it", async () => {
    const res = await h.runAs('demo-user', SEND, { input: example });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      transferToCoinbase: {
        __typename: 'CoinbaseTransfer',
        id: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e',
        kind: 'COINBASE',
        status: 'PENDING',
        at: '2022-05-02T06:02:14Z',
        coins: '100000000000000000',
        hash: null,
        convertedAudValue: null,
        account: { id: ACCOUNT_ID, email: 'email@gmail.com', inactive: false },
        fee: { coins: '100000000000000000', gasCoins: '137000000000000000000', payFeeWithCoins: true, value: '0' },
      },
    });
    expect(await h.stats()).toEqual({ [TRANSFER]: 1 });
    const listed = await h.runAs<{ me: { transfers: { edges: Array<{ node: Record<string, unknown> }> } } }>(
      'demo-user',
      '{ me { transfers(first: 100) { edges { node { id status kind } } } } }',
    );
    expect(listed.data!.me.transfers.edges.map((e) => e.node)).toContainEqual({ id: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e', status: 'PENDING', kind: 'COINBASE' });
    expect(await h.calls(HISTORY)).toBe(1);
  });

  it('honours idempotencyKey: a retry returns the first result, one upstream call; another input with the key is CONFLICT', async () => {
    const key = randomUUID();
    const first = await h.runAs('demo-user', SEND, { input: { ...example, coins: '2000000000000000000', idempotencyKey: key } });
    const again = await h.runAs('demo-user', SEND, { input: { ...example, coins: '2000000000000000000', idempotencyKey: key } });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    const other = await h.runAs('demo-user', SEND, { input: { ...example, coins: '3000000000000000000', idempotencyKey: key } });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it("passes on the seed's Coinbase errors as written for users", async () => {
    const noTokens = await h.runAs('demo-user', SEND, { input: { ...example, accountId: 'never-connected' } });
    expect(noTokens.errors?.[0]).toMatchObject({
      message: 'Coinbase tokens has not been found.',
      extensions: { code: 'BAD_USER_INPUT', upstream: { service: 'payments', status: 400, errorId: 'payments-coinbase_no_stored_tokens' } },
    });
    await simConfig({ coinbaseTokensExpired: true });
    const expired = await h.runAs('demo-user', LIST);
    expect(expired.data).toEqual({ me: { coinbaseAccounts: null } });
    expect(expired.errors?.[0]).toMatchObject({ message: "Can't get tokens by refresh token.", path: ['me', 'coinbaseAccounts'], extensions: { upstream: { errorId: 'payments-coinbase_no_tokens_by_refresh_token' } } });
    // The connect flow's errors have no endpoint to come from: a fault with the seed's body stands in.
    const body = JSON.stringify({ error: "Can't get tokens by code.", error_data: [], error_id: 'payments-coinbase_no_tokens_by_code', error_object: null });
    await h.fault({ route: ACCOUNTS, status: 400, body, times: 1 });
    await simConfig({ coinbaseTokensExpired: false });
    expect((await h.runAs('demo-user', LIST)).errors?.[0]?.message).toBe("Can't get tokens by code.");
  });

  it('refuses bad transfer input where it enters, and a second money move in one operation', async () => {
    for (const input of [{ ...example, coins: '0' }, { ...example, coins: '-1' }, { ...example, accountId: '' }, { ...example, idempotencyKey: 'with space' }]) {
      expect((await h.runAs('demo-user', SEND, { input })).errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
    }
    const two = await h.runAs('demo-user', `mutation { a: transferToCoinbase(input: { accountId: "${ACCOUNT_ID}", coins: "1" }) { id }
      b: transferToEthereum(input: { address: "0xe40555b43d60656b9510860A11D6bDCDDb8E78A2", coins: "1", fee: "1000000000000000000" }) { id } }`);
    expect(two.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it('is UNAUTHENTICATED without a ticket (no call) and with an unknown one; a transfer is never retried', async () => {
    const anonymous = await h.runAs(undefined, `{ me { coinbaseAccounts { id } } coinbaseQuote(coins: "1") { currency } }`);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    for (const op of [[DISCONNECT, { ids: [ACCOUNT_ID] }], [SEND, { input: example }]] as const) {
      expect((await h.runAs(undefined, op[0], op[1])).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('nobody', LIST)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await h.fault({ route: TRANSFER, status: 503, times: 1 });
    expect((await h.runAs('demo-user', SEND, { input: example })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(TRANSFER)).toBe(1);
  });
});
