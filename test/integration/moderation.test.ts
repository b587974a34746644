import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const P = '/payments-service';
const LIST = `POST ${P}/transfer/get`;
const APPROVE = `POST ${P}/transfer/approve`;
const REJECT = `POST ${P}/transfer/reject`;
const POLONIEX_ACCOUNT = '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634';
const TRANSFERS = `query ($filter: ModerationFilter, $newestFirst: Boolean, $first: Int, $offset: Int) { moderation {
  transfers(filter: $filter, newestFirst: $newestFirst, first: $first, offset: $offset) { totalCount items {
    id requestId provider status requestStatus at coins coinsFee audAmount accountEmail accountNumber accountAddress serviceResponse user { id email firstName lastName } } } } }`;
const MODE = 'query ($p: TransferProvider!) { moderation { approvalMode(provider: $p) } }';
const SET_MODE = 'mutation ($p: TransferProvider!, $m: ApprovalMode!) { setTransferApprovalMode(provider: $p, mode: $m) }';
const APPROVE_OP = 'mutation ($id: ID!) { approveTransfer(id: $id) }';
const REJECT_OP = 'mutation ($id: ID!) { rejectTransfer(id: $id) }';

type Page = { moderation: { transfers: { totalCount: number; items: Array<Record<string, unknown> & { id: string; status: string }> } } };

describe('transfer moderation through the gateway', () => {
  let h: Harness;
  /** demo-user sends coins to Poloniex; the moderation id of the transfer. */
  const userTransfer = async (): Promise<string> => {
    const res = await h.runAs<{ transferToPoloniex: { id: string } }>('demo-user', `mutation { transferToPoloniex(input: { accountId: "${POLONIEX_ACCOUNT}", coins: "1000" }) { id } }`);
    return `${res.data!.transferToPoloniex.id}:manual`;
  };
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('lists transfers newest first with the total, every field mapped, the service response as the upstream sent it', async () => {
    const res = await h.runAs<Page>('demo-system', TRANSFERS, { first: 2 });
    expect(res.errors).toBeUndefined();
    const { totalCount, items } = res.data!.moderation.transfers;
    expect(totalCount).toBe(7);
    expect(items.map((i) => i.at)).toEqual(['2023-02-14T01:13:24Z', '2023-02-13T23:47:38Z']);
    expect(items[1]).toEqual({
      id: 'urn:authenticateit:transaction_request:695dea5b-d3cf-4538-b18c-8ff10a6b1e62:manual',
      requestId: 'urn:authenticateit:transaction_request:695dea5b-d3cf-4538-b18c-8ff10a6b1e62',
      provider: 'POLONIEX',
      status: 'MANUAL_APPROVED',
      requestStatus: 'FAILURE',
      at: '2023-02-13T23:47:38Z',
      coins: '6476600000000000000',
      coinsFee: '0',
      audAmount: 0.0477066356,
      accountEmail: null,
      accountNumber: '9f8e166a35a20dff1c2e92f506b1d76f95ab48cf',
      accountAddress: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d',
      serviceResponse: { errors: { errors: [{ id: 'internal_error', message: 'ERROR_1' }], httpStatus: 500 }, status: 'failure' },
      user: { id: 'urn:authenticateit:user:email:shping:505948c8-a993-40f2-b941-30fb2d95afb5', email: 'ikleeen+813@gmail.com', firstName: 'Iii', lastName: null },
    });
    expect(await h.stats()).toEqual({ [LIST]: 1 });
  });

  it('filters by user, email, time, status and provider; orders oldest first on request; pages by offset', async () => {
    const filter = { userId: 'urn:authenticateit:user:email:email@gmail.com', from: '2022-05-01T00:00:00Z', to: '2022-05-03T00:00:00Z', statuses: ['AUTO_APPROVED'], providers: ['COINBASE'] };
    const one = await h.runAs<Page>('demo-system', TRANSFERS, { filter });
    expect(one.data!.moderation.transfers).toMatchObject({ totalCount: 1, items: [{ id: 'urn:authenticateit:transaction_request:d31b278c-ea2a-4a0e-9999-6d7cb78c6472:manual' }] });
    const byEmail = await h.runAs<Page>('demo-system', TRANSFERS, { filter: { accountEmail: 'v@gmail.com' } });
    expect(byEmail.data!.moderation.transfers.totalCount).toBe(1);
    const oldest = await h.runAs<Page>('demo-system', TRANSFERS, { newestFirst: false, first: 1, offset: 1, filter: { providers: ['COINBASE'] } });
    expect(oldest.data!.moderation.transfers).toMatchObject({ totalCount: 5, items: [{ at: '2022-05-02T04:39:27Z', provider: 'COINBASE' }] });
    expect(await h.calls(LIST)).toBe(3);
  });

  it('refuses bad paging and filters before any call', async () => {
    const bad = [{ first: 101 }, { first: 0 }, { offset: -1 }, { filter: { from: '2023-01-01T00:00:00Z', to: '2022-01-01T00:00:00Z' } }, { filter: { accountEmail: 'nope' } }, { filter: { userId: ' ' } }, { filter: { from: 'yesterday' } }];
    for (const variables of bad) expect((await h.runAs('demo-system', TRANSFERS, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it('reads and sets the approval mode per provider', async () => {
    expect((await h.runAs('demo-system', MODE, { p: 'COINBASE' })).data).toEqual({ moderation: { approvalMode: 'AUTOMATIC' } });
    expect((await h.runAs('demo-system', SET_MODE, { p: 'COINBASE', m: 'MANUAL' })).data).toEqual({ setTransferApprovalMode: 'MANUAL' });
    expect((await h.runAs('demo-system', MODE, { p: 'COINBASE' })).data).toEqual({ moderation: { approvalMode: 'MANUAL' } });
    expect((await h.runAs('demo-system', MODE, { p: 'POLONIEX' })).data).toEqual({ moderation: { approvalMode: 'AUTOMATIC' } });
    expect(await h.stats()).toEqual({ 'GET /payments-service/coinbase/options': 2, 'POST /payments-service/coinbase/options': 1, 'GET /payments-service/poloniex/options': 1 });
  });

  it('approves a pending transfer once: it shows manual_approved; a second decision is CONFLICT, an unknown id NOT_FOUND', async () => {
    await h.runAs('demo-system', SET_MODE, { p: 'POLONIEX', m: 'MANUAL' });
    const id = await userTransfer();
    const pending = await h.runAs<Page>('demo-system', TRANSFERS, { filter: { statuses: ['PENDING'] } });
    expect(pending.data!.moderation.transfers.items.map((i) => [i.id, i.status, i.requestStatus])).toEqual([[id, 'PENDING', 'PENDING']]);
    expect((await h.runAs('demo-system', APPROVE_OP, { id })).data).toEqual({ approveTransfer: true });
    const after = await h.runAs<Page>('demo-system', TRANSFERS, { first: 1 });
    expect(after.data!.moderation.transfers.items[0]).toMatchObject({ id, status: 'MANUAL_APPROVED', requestStatus: 'SUCCESS' });
    const again = await h.runAs('demo-system', REJECT_OP, { id });
    expect(again.errors?.[0]).toMatchObject({ message: 'The transfer is not pending moderation: it is manual_approved.', extensions: { code: 'CONFLICT', upstream: { status: 409 } } });
    expect((await h.runAs('demo-system', APPROVE_OP, { id: 'unknown' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await h.calls(APPROVE)).toBe(2);
    expect(await h.calls(REJECT)).toBe(1);
  });

  it('rejects a pending transfer: manual_rejected, its request failed; a decision is never retried', async () => {
    await h.runAs('demo-system', SET_MODE, { p: 'POLONIEX', m: 'MANUAL' });
    const id = await userTransfer();
    await h.fault({ route: REJECT, status: 503, times: 1 });
    expect((await h.runAs('demo-system', REJECT_OP, { id })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(REJECT)).toBe(1);
    expect((await h.runAs('demo-system', REJECT_OP, { id })).data).toEqual({ rejectTransfer: true });
    const after = await h.runAs<Page>('demo-system', TRANSFERS, { first: 1 });
    expect(after.data!.moderation.transfers.items[0]).toMatchObject({ id, status: 'MANUAL_REJECTED', requestStatus: 'FAILURE' });
  });

  it('refuses a bad id before the upstream is called', async () => {
    for (const op of [APPROVE_OP, REJECT_OP]) expect((await h.runAs('demo-system', op, { id: 'a b' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.runAs('demo-system', '{ moderation { review(id: "") { user { id } } } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it('is FORBIDDEN for a user and a participant (the upstream says so), UNAUTHENTICATED without a ticket with no call', async () => {
    const everything = `{ moderation { approvalMode(provider: COINBASE) transfers { totalCount } review(id: "x") { user { id } } } }`;
    for (const ticket of ['demo-user', 'demo-participant']) {
      const res = await h.runAs(ticket, everything);
      expect(res.data).toEqual({ moderation: { approvalMode: null, transfers: null, review: null } });
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
      for (const [op, vars] of [[SET_MODE, { p: 'POLONIEX', m: 'MANUAL' }], [APPROVE_OP, { id: 'x' }], [REJECT_OP, { id: 'x' }]] as const) {
        expect((await h.runAs(ticket, op, vars)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
    }
    await h.resetSim();
    const anonymous = await h.runAs(undefined, everything);
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect((await h.runAs(undefined, APPROVE_OP, { id: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});
