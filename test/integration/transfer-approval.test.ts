import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { approvalCodeOf } from '../../sim/ethereum/transfer-decision.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const SEND = `mutation { transferToEthereum(input: { address: "${ADDRESS}", coins: "9000000000000000000", fee: "1000000000000000000" }) { id } }`;
const APPROVE = 'mutation ($code: ID!) { approveEthereumTransfer(code: $code) }';
const REJECT = 'mutation ($code: ID!) { rejectEthereumTransfer(code: $code) }';
const LATEST = '{ me { balance { accountCoins } transfers(first: 100, filter: "kind:ethereum at:>=2018-03-08 at:<2018-03-09") { edges { node { id status } } } } }';

type Latest = { me: { balance: { accountCoins: string }; transfers: { edges: Array<{ node: { id: string; status: string } }> } } };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

/** A new pending transfer of demo-user and its link's code. */
async function pendingTransfer(): Promise<{ id: string; code: string }> {
  const res = await h.runAs<{ transferToEthereum: { id: string } }>('demo-user', SEND);
  const id = res.data!.transferToEthereum.id;
  return { id, code: approvalCodeOf(id) };
}

describe('approveEthereumTransfer and rejectEthereumTransfer', () => {
  it('approve a pending transfer (a moderator of another session): it shows as SUCCESS; sent once', async () => {
    const { id, code } = await pendingTransfer();
    const res = await h.runAs('demo-system', APPROVE, { code: code.toUpperCase() });
    expect(res).toMatchObject({ data: { approveEthereumTransfer: true } });
    expect(res.errors).toBeUndefined();
    const after = await h.runAs<Latest>('demo-user', LATEST);
    expect(after.data!.me.transfers.edges[0]!.node).toEqual({ id, status: 'SUCCESS' });
    expect(await h.calls(`GET /user/ethereum/transfer/${code}/approve`)).toBe(1);
  });

  it('reject a pending transfer: FAILURE, and its coins and fee are back on the balance', async () => {
    const { id, code } = await pendingTransfer();
    expect((await h.runAs('demo-system', REJECT, { code })).data).toEqual({ rejectEthereumTransfer: true });
    const after = await h.runAs<Latest>('demo-user', LATEST);
    expect(after.data!.me).toEqual({ balance: { accountCoins: '1949979999999999999934' }, transfers: { edges: [{ node: { id, status: 'FAILURE' } }] } });
  });

  it("pass on the upstream's refusals: a decided transfer is CONFLICT, an unknown code NOT_FOUND", async () => {
    const { code } = await pendingTransfer();
    await h.runAs('demo-system', APPROVE, { code });
    const twice = await h.runAs('demo-system', REJECT, { code });
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', upstream: { status: 409, errorId: 'payments-transfer_not_pending' } } });
    const unknown = await h.runAs('demo-system', APPROVE, { code: '00000000-0000-4000-a000-000000000000' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'No pending transfer has this code', extensions: { code: 'NOT_FOUND' } });
  });

  it('refuse a code that is no UUID before anything is sent: a path trick, a plain id, a UUID with more around it', async () => {
    for (const code of ['..', '../../payments-service/user/ethereum/balance', 'abc', `${approvalCodeOf('x')}/approve`, ` ${approvalCodeOf('x')}`]) {
      expect((await h.runAs('demo-system', APPROVE, { code })).errors?.[0]?.extensions?.code, code).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it('are UNAUTHENTICATED without a ticket (no call), and never retried after a 503', async () => {
    const { code } = await pendingTransfer();
    expect((await h.runAs(undefined, APPROVE, { code })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const route = `GET /user/ethereum/transfer/${code}/approve`;
    expect(await h.calls(route)).toBe(0);
    await h.fault({ route, status: 503, times: 1 });
    expect((await h.runAs('demo-system', APPROVE, { code })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(route)).toBe(1);
    // The decision was not made: the link still works.
    expect((await h.runAs('demo-system', APPROVE, { code })).data).toEqual({ approveEthereumTransfer: true });
  });
});
