import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { TERMINAL_UPDATE, USER_UPDATE, asTerminal, openSession } from '../helpers/retail.js';

const TRANSFERS = '{ me { transfers(first: 3) { edges { node { kind status coins ... on RetailConnectTransfer { currency } } } } } }';

describe('a retail-connect payment in the payer transfer history', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
    await h.resetSim();
  });
  afterAll(() => h.close());

  it('shows as a RETAIL_CONNECT transfer, newest first, once the user has paid', async () => {
    const before = await h.runAs<{ me: { transfers: { edges: Array<{ node: { kind: string } }> } } }>('demo-user', TRANSFERS);
    expect(before.data?.me.transfers.edges.map((e) => e.node.kind)).not.toContain('RETAIL_CONNECT');
    const id = await openSession(h);
    expect((await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'AMOUNT_SET', amountValueCents: 1000, paymentMethod: 'CASH' } })).errors).toBeUndefined();
    const paid = await h.runAs('demo-user', USER_UPDATE, { id, update: { action: 'PAYMENT_SET', paymentValueCents: 900, paymentCoins: '100000000000000000000' } });
    expect(paid.errors).toBeUndefined();
    const after = await h.runAs('demo-user', TRANSFERS);
    expect(after.errors).toBeUndefined();
    expect(after.data).toMatchObject({ me: { transfers: { edges: [{ node: { kind: 'RETAIL_CONNECT', status: 'SUCCESS', coins: '100000000000000000000', currency: 'AUD' } }, {}, {}] } } });
  });
});
