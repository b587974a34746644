import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const BALANCE = 'GET /payments-service/user/ethereum/balance';
const HISTORY = 'GET /payments-service/user/ethereum/transfer/history';
const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const SEND = `mutation Send($input: EthereumTransferInput!) {
  transferToEthereum(input: $input) { __typename id kind status at coins fee hash address convertedAudValue }
}`;
const example = { address: ADDRESS, coins: '9000000000000000000', fee: '1000000000000000000' };

describe('transferToEthereum', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("sends the seed's example and answers the seed's pending transfer; the history then lists it, pending", async () => {
    const res = await h.runAs('demo-user', SEND, { input: { ...example, address: ADDRESS.toLowerCase() } });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      transferToEthereum: {
        __typename: 'EthereumTransfer',
        id: 'urn:authenticateit:transaction_request:9f5885f7-b013-440c-b86e-a247fc8d6ba2',
        kind: 'ETHEREUM',
        status: 'PENDING',
        at: '2018-03-08T09:16:49Z',
        coins: '9000000000000000000',
        fee: '1000000000000000000',
        hash: null,
        address: ADDRESS,
        convertedAudValue: null,
      },
    });
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [TRANSFER]: 1 });
    const after = await h.runAs<{ me: { transfers: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } } }>(
      'demo-user',
      '{ me { transfers(first: 1) { totalCount edges { node { id status kind } } } } }',
    );
    expect(after.data!.me.transfers.totalCount).toBe(10);
    // The seed's example is dated 2018: newest first puts it after the newer seed records, pending.
    const listed = await h.runAs<{ me: { transfers: { edges: Array<{ node: Record<string, unknown> }> } } }>(
      'demo-user',
      '{ me { transfers(first: 100) { edges { node { id status } } } } }',
    );
    expect(listed.data!.me.transfers.edges.map((e) => e.node)).toContainEqual({ id: 'urn:authenticateit:transaction_request:9f5885f7-b013-440c-b86e-a247fc8d6ba2', status: 'PENDING' });
  });

  it('lists a new transfer first, pending, and takes its coins and fee off the balance', async () => {
    const res = await h.runAs('demo-user', SEND, { input: { address: ADDRESS, coins: '1000000000000000000000', fee: '50000000000000000000' } });
    expect(res.errors).toBeUndefined();
    const after = await h.runAs<{ me: { balance: { accountCoins: string }; transfers: { edges: Array<{ node: Record<string, unknown> }> } } }>(
      'demo-user',
      '{ me { balance { accountCoins } transfers(first: 1) { edges { node { id status kind coins } } } } }',
    );
    expect(after.data!.me.balance.accountCoins).toBe('899979999999999999934');
    expect(after.data!.me.transfers.edges[0]!.node).toEqual({
      id: (res.data as { transferToEthereum: { id: string } }).transferToEthereum.id,
      status: 'PENDING',
      kind: 'ETHEREUM',
      coins: '1000000000000000000000',
    });
  });

  it('refuses a fee outside balance.feeRange before the transfer is sent', async () => {
    for (const fee of ['999999999999999999', '50000000000000000001']) {
      const res = await h.runAs('demo-user', SEND, { input: { ...example, fee } });
      expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/feeRange/), extensions: { code: 'BAD_USER_INPUT' } });
    }
    expect(await h.calls(TRANSFER)).toBe(0);
  });

  it('refuses bad input where it enters: zero coins, a mixed-case address with a wrong checksum, a float', async () => {
    const zero = await h.runAs('demo-user', SEND, { input: { ...example, coins: '0' } });
    expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const typo = await h.runAs('demo-user', SEND, { input: { ...example, address: '0xE40555b43d60656b9510860A11D6bDCDDb8E78A2' } });
    expect(typo.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const float = await h.runAs('demo-user', SEND, { input: { ...example, coins: '1.5' } });
    expect(float.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it("passes on the upstream's own words for a refusal written for users", async () => {
    const res = await h.runAs('demo-user', SEND, { input: { ...example, coins: '1949979999999999999934' } });
    expect(res.errors?.[0]).toMatchObject({
      message: 'Not enough coins for this transfer and its fee',
      extensions: { code: 'BAD_USER_INPUT', upstream: { service: 'payments', status: 400, errorId: 'payments-insufficient_funds' } },
    });
  });

  it('is UNAUTHENTICATED without a ticket, and never retried after a 503', async () => {
    const anonymous = await h.runAs(undefined, SEND, { input: example });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await h.fault({ route: TRANSFER, status: 503, times: 1 });
    const failed = await h.runAs('demo-user', SEND, { input: example });
    expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('moves money once per operation: two transfers in one operation are refused', async () => {
    const res = await h.runAs('demo-user', `mutation { a: transferToEthereum(input: { address: "${ADDRESS}", coins: "1", fee: "1000000000000000000" }) { id }
      b: transferToEthereum(input: { address: "${ADDRESS}", coins: "2", fee: "1000000000000000000" }) { id } }`);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });
});
