import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const P = '/payments-service/poloniex';
const LIST_CALL = `GET ${P}/account`;
const ADD_CALL = `POST ${P}/account`;
const UPDATE_CALL = `PUT ${P}/account`;
const REMOVE_CALL = `POST ${P}/account/remove`;
const TRANSFER_CALL = `POST ${P}/transfer`;
const FIELDS = '__typename id kind currency address description status isNew addedAt';
const LIST = `{ me { poloniexAccounts { ${FIELDS} } } }`;
const ADD = `mutation ($address: EthereumAddress!, $description: String) { addPoloniexAccount(address: $address, description: $description) { id address description status isNew } }`;
const UPDATE = 'mutation ($id: ID!, $description: String) { updatePoloniexAccount(id: $id, description: $description) { id description } }';
const REMOVE = 'mutation ($ids: [ID!]!) { removePoloniexAccounts(ids: $ids) { id } }';
const SEND = `mutation ($input: ExchangeTransferInput!) { transferToPoloniex(input: $input) {
  __typename id kind status at coins hash account { id address description status } fee { coins coinsWithFee value gasCoins payFeeWithCoins } } }`;
const ADDRESS = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
const FIRST_ID = '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634';
const SEED_IDS = [FIRST_ID, '69b83263fbdbaa4ebf49d59ea98540a3ce77be96', '1a8d8468d1ae2ec10c5233481d2b66ca233eb938'];
const example = { accountId: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf', coins: '6476680000000000000', payFeeWithCoins: false };

type Accounts = Array<{ id: string; [key: string]: unknown }>;

describe('Poloniex through the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("lists the seed's accounts, addresses checksummed, with one call", async () => {
    const res = await h.runAs<{ me: { poloniexAccounts: Accounts } }>('demo-user', LIST);
    expect(res.errors).toBeUndefined();
    expect(res.data!.me.poloniexAccounts.map((a) => a.id)).toEqual(SEED_IDS);
    expect(res.data!.me.poloniexAccounts[1]).toEqual({
      __typename: 'PoloniexAccount',
      id: '69b83263fbdbaa4ebf49d59ea98540a3ce77be96',
      kind: 'POLONIEX',
      currency: null,
      address: '0x4ca5F489CC1fD1cEc24747b64E8dE0F4A6A850e3',
      description: 'Test desc',
      status: 'success',
      isNew: true,
      addedAt: '2022-12-30T06:23:35Z',
    });
    expect(await h.stats()).toEqual({ [LIST_CALL]: 1 });
  });

  it('adds an address (any case in, checksummed out): first in the list and in withdrawalAccounts; removed, gone from both', async () => {
    const added = await h.runAs<{ addPoloniexAccount: Accounts }>('demo-user', ADD, { address: ADDRESS.toLowerCase(), description: 'mine' });
    expect(added.errors).toBeUndefined();
    const [first] = added.data!.addPoloniexAccount;
    expect(first).toMatchObject({ address: ADDRESS, description: 'mine', status: 'pending', isNew: true });
    const both = '{ me { poloniexAccounts { id } withdrawalAccounts { accounts { id kind } } } }';
    type Both = { me: { poloniexAccounts: Accounts; withdrawalAccounts: { accounts: Array<{ id: string; kind: string }> } } };
    const listed = await h.runAs<Both>('demo-user', both);
    expect(listed.data!.me.poloniexAccounts.map((a) => a.id)).toEqual([first!.id, ...SEED_IDS]);
    expect(listed.data!.me.withdrawalAccounts.accounts).toContainEqual({ id: first!.id, kind: 'POLONIEX' });
    const removed = await h.runAs<{ removePoloniexAccounts: Accounts }>('demo-user', REMOVE, { ids: [first!.id] });
    expect(removed.data!.removePoloniexAccounts.map((a) => a.id)).toEqual(SEED_IDS);
    const after = await h.runAs<Both>('demo-user', both);
    expect(after.data!.me.withdrawalAccounts.accounts.map((a) => a.id)).not.toContain(first!.id);
    expect(await h.calls(ADD_CALL)).toBe(1);
    expect(await h.calls(REMOVE_CALL)).toBe(1);
  });

  it("updates a description (the seed's example), and a null one clears it", async () => {
    const res = await h.runAs<{ updatePoloniexAccount: Accounts }>('demo-user', UPDATE, { id: FIRST_ID, description: 'Updated test desc' });
    expect(res.data!.updatePoloniexAccount[0]).toEqual({ id: FIRST_ID, description: 'Updated test desc' });
    const cleared = await h.runAs<{ updatePoloniexAccount: Accounts }>('demo-user', UPDATE, { id: FIRST_ID, description: null });
    expect(cleared.data!.updatePoloniexAccount[0]).toEqual({ id: FIRST_ID, description: '' });
    expect(await h.calls(UPDATE_CALL)).toBe(2);
  });

  it('is NOT_FOUND for an update of an account the user does not have', async () => {
    const res = await h.runAs('demo-user', UPDATE, { id: 'not-mine', description: 'x' });
    expect(res.errors?.[0]).toMatchObject({ message: 'Poloniex account not found', extensions: { code: 'NOT_FOUND', upstream: { status: 404 } } });
  });

  it('refuses bad input before the upstream is called: address, checksum, long description, ids', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [ADD, { address: '0x12' }],
      [ADD, { address: '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' }],
      [ADD, { address: ADDRESS, description: 'x'.repeat(257) }],
      [UPDATE, { id: 'a b', description: 'x' }],
      [UPDATE, { id: FIRST_ID, description: 'x'.repeat(257) }],
      [REMOVE, { ids: [] }],
      [REMOVE, { ids: [''] }],
    ];
    for (const [op, variables] of cases) expect((await h.runAs('demo-user', op, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables).slice(0, 60)).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it("sends the seed's example transfer and answers it exactly; a transfer to an own account is listed, pending", async () => {
    const res = await h.runAs('demo-user', SEND, { input: example });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      transferToPoloniex: {
        __typename: 'PoloniexTransfer',
        id: 'urn:authenticateit:transaction_request:27b0801a-9eb9-4cf0-a5e6-8242b8ff8aee',
        kind: 'POLONIEX',
        status: 'PENDING',
        at: '2023-02-14T01:45:03Z',
        coins: '6476600000000000000',
        hash: null,
        account: { id: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf', address: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d', description: '11111 ', status: 'success' },
        fee: { coins: '6476680000000000000', coinsWithFee: '6476680000000000000', value: '0.04', gasCoins: '18000000000000000000', payFeeWithCoins: false },
      },
    });
    const own = await h.runAs<{ transferToPoloniex: { id: string } }>('demo-user', SEND, { input: { accountId: FIRST_ID, coins: '5000000000000000000' } });
    const history = await h.runAs<{ me: { transfers: { edges: Array<{ node: Record<string, unknown> }> } } }>('demo-user', '{ me { transfers(first: 1) { edges { node { id kind status coins } } } } }');
    expect(history.data!.me.transfers.edges[0]!.node).toEqual({ id: own.data!.transferToPoloniex.id, kind: 'POLONIEX', status: 'PENDING', coins: '5000000000000000000' });
    expect(await h.calls(TRANSFER_CALL)).toBe(2);
  });

  it('honours idempotencyKey across racing requests: one upstream call, the same answer', async () => {
    await h.fault({ route: TRANSFER_CALL, latencyMs: 300, times: 1 });
    const input = { accountId: FIRST_ID, coins: '1000', idempotencyKey: randomUUID() };
    const [a, b] = await Promise.all([h.runAs('demo-user', SEND, { input }), h.runAs('demo-user', SEND, { input })]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(await h.calls(TRANSFER_CALL)).toBe(1);
  });

  it("passes on the upstream's words for an unknown account or too few coins", async () => {
    const unknown = await h.runAs('demo-user', SEND, { input: { accountId: 'not-mine', coins: '1' } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { errorId: 'payments-poloniex_account_not_found' } });
    const poor = await h.runAs('demo-user', SEND, { input: { accountId: FIRST_ID, coins: '10000000000000000000000000' } });
    expect(poor.errors?.[0]).toMatchObject({ message: 'Not enough coins for this transfer', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('is UNAUTHENTICATED without a ticket, before any call', async () => {
    const ops: Array<[string, Record<string, unknown>]> = [
      [LIST, {}],
      [ADD, { address: ADDRESS }],
      [UPDATE, { id: FIRST_ID }],
      [REMOVE, { ids: [FIRST_ID] }],
      [SEND, { input: example }],
    ];
    for (const [op, variables] of ops) expect((await h.runAs(undefined, op, variables)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});
