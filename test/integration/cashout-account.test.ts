import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const LIST = 'GET /cashout/account';
const ADD = 'POST /cashout/account';
const UPDATE = 'PUT /cashout/account';
const REMOVE = 'POST /cashout/account/remove';
const SECOND = '1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365';
const PRIMARY = 'f50b74b3-8605-4985-af89-20cd0adfe89d';
const FIELDS = 'id kind currency country city bank name bsb accountNumber postcode description';
const ADD_OP = `mutation ($input: CashoutAccountInput!) { addCashoutAccount(input: $input) { ${FIELDS} } }`;
const UPDATE_OP = 'mutation ($id: ID!, $input: CashoutAccountInput!) { updateCashoutAccount(id: $id, input: $input) { id bank description } }';
const REMOVE_OP = 'mutation ($ids: [ID!]!) { removeCashoutAccounts(ids: $ids) { id } }';
const LIST_OP = '{ me { cashoutAccounts { id description } } }';
/** The seed's "Create new cashout account" example, as graph input. */
const example = { country: '036', city: 'Melbourne', bank: 'Test BN', name: 'John Smith', bsb: '123456', accountNumber: '22334455', description: 'My second account' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('me.cashoutAccounts', () => {
  it("gives the seed's two accounts, accountNumber from `account`, with one call", async () => {
    const res = await h.runAs('demo-user', `{ me { cashoutAccounts { ${FIELDS} } again: cashoutAccounts { id } } }`);
    expect(res.errors).toBeUndefined();
    expect((res.data as { me: { cashoutAccounts: unknown[] } }).me.cashoutAccounts).toEqual([
      { id: SECOND, kind: 'CASHOUT', currency: null, country: '036', city: 'Melbourne', bank: 'SB', name: 'John Smith', bsb: '123456', accountNumber: '22334455', postcode: null, description: 'My second account' },
      { id: PRIMARY, kind: 'CASHOUT', currency: null, country: '036', city: 'Melbourne', bank: 'Commonwealth', name: 'John Smith', bsb: '123456', accountNumber: '22334455', postcode: null, description: 'My primary account' },
    ]);
    expect(await h.stats()).toEqual({ [LIST]: 1 });
  });

  it('is UNAUTHENTICATED without a ticket (no call), and fails alone on a 503', async () => {
    expect((await h.runAs(undefined, LIST_OP)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    await h.fault({ route: LIST, status: 503 });
    const res = await h.runAs('demo-user', '{ me { cashoutAccounts { id } balance { totalCoins } } }');
    expect(res.data).toEqual({ me: { cashoutAccounts: null, balance: { totalCoins: '12060999999999999999934' } } });
    await h.clearFaults();
  });
});

describe('cash-out account writes', () => {
  it("adds the seed's example (answered as the seed shows) and lists it after the others", async () => {
    const res = await h.runAs('demo-user', ADD_OP, { input: example });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      addCashoutAccount: { ...example, id: '03192aaa-a314-4eed-9d1c-a42bf36cdb70', kind: 'CASHOUT', currency: null, postcode: null },
    });
    const list = await h.runAs<{ me: { cashoutAccounts: Array<{ id: string }> } }>('demo-user', LIST_OP);
    expect(list.data!.me.cashoutAccounts.map((a) => a.id)).toEqual([SECOND, PRIMARY, '03192aaa-a314-4eed-9d1c-a42bf36cdb70']);
    expect(await h.stats()).toEqual({ [ADD]: 1, [LIST]: 1 });
  });

  it("updates (the seed's example) and removes, each answering the whole list; a removed account is gone", async () => {
    const input = { ...example, bank: 'SB', description: 'New descritpion test' };
    const updated = await h.runAs('demo-user', UPDATE_OP, { id: SECOND, input });
    expect(updated.data).toEqual({
      updateCashoutAccount: [
        { id: SECOND, bank: 'SB', description: 'New descritpion test' },
        { id: PRIMARY, bank: 'Commonwealth', description: 'My primary account' },
      ],
    });
    const removed = await h.runAs('demo-user', REMOVE_OP, { ids: [SECOND, SECOND] });
    expect(removed.data).toEqual({ removeCashoutAccounts: [{ id: PRIMARY }] });
    expect((await h.runAs('demo-user', LIST_OP)).data).toEqual({ me: { cashoutAccounts: [{ id: PRIMARY, description: 'My primary account' }] } });
    // Another user's accounts are their own.
    expect((await h.runAs<{ me: { cashoutAccounts: unknown[] } }>('demo-participant', LIST_OP)).data!.me.cashoutAccounts).toHaveLength(2);
    expect(await h.stats()).toEqual({ [UPDATE]: 1, [REMOVE]: 1, [LIST]: 2 });
  });

  it('refuses bad input before any call', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [ADD_OP, { input: { ...example, country: '36' } }],
      [ADD_OP, { input: { ...example, country: 'AUS' } }],
      [ADD_OP, { input: { ...example, bank: '   ' } }],
      [ADD_OP, { input: { ...example, name: 'x'.repeat(129) } }],
      [ADD_OP, { input: { ...example, accountNumber: '2233/4455' } }],
      [ADD_OP, { input: { ...example, bsb: '' } }],
      [ADD_OP, { input: { ...example, description: 'line\nbreak' } }],
      [UPDATE_OP, { id: 'has space', input: example }],
      [REMOVE_OP, { ids: [] }],
      [REMOVE_OP, { ids: [''] }],
      [REMOVE_OP, { ids: Array.from({ length: 101 }, (_, i) => `id-${i}`) }],
    ];
    for (const [op, variables] of cases) {
      expect((await h.runAs('demo-user', op, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables).slice(0, 90)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it("passes on the upstream's refusals: a country cash-outs cannot go to, an account the user does not have", async () => {
    const country = await h.runAs('demo-user', ADD_OP, { input: { ...example, country: '840' } });
    expect(country.errors?.[0]).toMatchObject({ message: 'Cash-outs to country 840 are not available', extensions: { code: 'BAD_USER_INPUT', upstream: { errorId: 'payments-bad_country' } } });
    const unknown = await h.runAs('demo-user', UPDATE_OP, { id: 'no-such-account', input: example });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', upstream: { status: 404 } } });
  });

  it('are UNAUTHENTICATED without a ticket (no call) and never retried after a 503', async () => {
    expect((await h.runAs(undefined, ADD_OP, { input: example })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, REMOVE_OP, { ids: [SECOND] })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const update = await h.runAs(undefined, UPDATE_OP, { id: PRIMARY, input: example });
    expect(update).toMatchObject({ data: null, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(await h.stats()).toEqual({});
    await h.fault({ route: ADD, status: 503, times: 1 });
    expect((await h.runAs('demo-user', ADD_OP, { input: example })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(ADD)).toBe(1);
  });
});
