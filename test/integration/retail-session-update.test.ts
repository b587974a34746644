import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { RETAIL, SESSION_FIELDS, TERMINAL_UPDATE, USER_UPDATE, asTerminal, callsDuring, openSession, setSessionTimeout } from '../helpers/retail.js';

const READ = `query R($id: ID!) { retailSession(id: $id) { ${SESSION_FIELDS} currency coinPrice { perUnit validSeconds at } createdAt updatedAt code codeHash deviceId operatorId participantId userId } }`;

const amountSet = (id: string, amountValueCents: number, paymentMethod: string) => ({ id, update: { action: 'AMOUNT_SET', amountValueCents, paymentMethod } });
const paymentSet = (id: string, extra: Record<string, unknown> = {}) => ({ id, update: { action: 'PAYMENT_SET', paymentValueCents: 900, paymentCoins: '100000000000000000000', ...extra } });

describe('retail session updates', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('walks a cashless session: amount, payment with a reference, confirmation and rebate', async () => {
    const id = await openSession(h);
    const amount = await asTerminal(h, TERMINAL_UPDATE, amountSet(id, 1000, 'CASHLESS'));
    expect(amount.data?.updateRetailSessionAsTerminal).toMatchObject({ status: 'AMOUNT_SET', statusSide: 'TERMINAL', amount: { valueCents: 1000, paymentMethod: 'CASHLESS' } });
    expect(amount.data?.updateRetailSessionAsTerminal.amount.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    const calls = await callsDuring(h, async () => {
      const paid = await h.runAs('demo-user', USER_UPDATE, paymentSet(id, { paymentReference: 'order-4711' }));
      expect(paid.data?.updateRetailSessionAsUser).toMatchObject({
        status: 'PAYMENT_SET',
        statusSide: 'USER',
        payment: { valueCents: 900, coins: '100000000000000000000', reference: 'order-4711', result: 'success' },
      });
    });
    // A reference needs the session's payment method first: one read, then the update.
    expect(calls).toEqual({ [RETAIL.read]: 1, [RETAIL.userUpdate]: 1 });
    const done = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'PAYMENT_CONFIRM' } });
    expect(done.data?.updateRetailSessionAsTerminal).toMatchObject({ status: 'REBATE_SET', rebate: { coins: '244100895036615134255' } });
    expect(done.data?.updateRetailSessionAsTerminal.confirmedAt).toMatch(/\.\d{9}Z$/);
  });

  it('terminates from either side', async () => {
    const a = await openSession(h);
    expect((await h.runAs('demo-user', USER_UPDATE, { id: a, update: { action: 'TERMINATE' } })).data?.updateRetailSessionAsUser).toMatchObject({ status: 'TERMINATE', statusSide: 'USER' });
    const b = await openSession(h);
    const byTerminal = await asTerminal(h, TERMINAL_UPDATE, { id: b, update: { action: 'TERMINATE' } });
    expect(byTerminal.data?.updateRetailSessionAsTerminal).toMatchObject({ status: 'TERMINATE', statusSide: 'TERMINAL' });
    expect(byTerminal.data?.updateRetailSessionAsTerminal.terminatedAt).toMatch(/\.\d{9}Z$/);
  });

  it('refuses a payment reference on a cash session after reading the session, without the update', async () => {
    const id = await openSession(h);
    await asTerminal(h, TERMINAL_UPDATE, amountSet(id, 1000, 'CASH'));
    let res: Awaited<ReturnType<Harness['runAs']>> | undefined;
    const calls = await callsDuring(h, async () => (res = await h.runAs('demo-user', USER_UPDATE, paymentSet(id, { paymentReference: 'order-4711' }))));
    expect(res?.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res?.errors?.[0]?.message).toMatch(/cash/);
    expect(calls).toEqual({ [RETAIL.read]: 1 });
  });

  it('refuses incomplete steps and a terminal without its device ticket before any call', async () => {
    const id = await openSession(h);
    const calls = await callsDuring(h, async () => {
      const cases: Array<[string, Record<string, unknown>]> = [
        [TERMINAL_UPDATE, { id, update: { action: 'AMOUNT_SET', paymentMethod: 'CASH' } }],
        [TERMINAL_UPDATE, { id, update: { action: 'AMOUNT_SET', amountValueCents: 1000 } }],
        [TERMINAL_UPDATE, amountSet(id, 0, 'CASH')],
        [TERMINAL_UPDATE, { id, update: { action: 'PAYMENT_CONFIRM', amountValueCents: 5 } }],
        [USER_UPDATE, { id, update: { action: 'PAYMENT_SET', paymentCoins: '1' } }],
        [USER_UPDATE, { id, update: { action: 'PAYMENT_SET', paymentValueCents: 900 } }],
        [USER_UPDATE, paymentSet(id, { paymentCoins: '0' })],
        [USER_UPDATE, { id, update: { action: 'TERMINATE', paymentReference: 'x' } }],
      ];
      for (const [query, variables] of cases) {
        const res = query === TERMINAL_UPDATE ? await asTerminal(h, query, variables) : await h.runAs('demo-user', query, variables);
        expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      }
      const noDevice = await h.runAs('demo-participant', TERMINAL_UPDATE, amountSet(id, 1000, 'CASH'));
      expect(noDevice.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const bad = await h.runAs('demo-user', USER_UPDATE, paymentSet(id, { paymentCoins: '1.5' }));
      expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
    expect(calls).toEqual({});
  });

  it('maps a step out of order to CONFLICT and a cashless reference the upstream refuses to BAD_USER_INPUT', async () => {
    const id = await openSession(h);
    const early = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'PAYMENT_CONFIRM' } });
    expect(early.errors?.[0]).toMatchObject({
      message: 'Status payment_confirm cannot follow status init',
      extensions: { code: 'CONFLICT', upstream: { status: 409, errorId: 'payments-bad_session_status' } },
    });
    const pay = await h.runAs('demo-user', USER_UPDATE, paymentSet(id));
    expect(pay.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    await asTerminal(h, TERMINAL_UPDATE, amountSet(id, 1000, 'CASHLESS'));
    const badRef = await h.runAs('demo-user', USER_UPDATE, paymentSet(id, { paymentReference: 'no' }));
    expect(badRef.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', upstream: { errorId: 'payments-bad_payment_reference' } } });
    expect((await h.runAs('demo-user', USER_UPDATE, { id, update: { action: 'TERMINATE' } })).errors).toBeUndefined();
    const after = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'TERMINATE' } });
    expect(after.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses every step on an expired session with CONFLICT, and reads it as expired', async () => {
    await setSessionTimeout(h, 1);
    const id = await openSession(h);
    await new Promise((r) => setTimeout(r, 1100));
    const late = await asTerminal(h, TERMINAL_UPDATE, amountSet(id, 1000, 'CASH'));
    expect(late.errors?.[0]).toMatchObject({ message: 'The session has expired', extensions: { code: 'CONFLICT', upstream: { errorId: 'payments-session_expired' } } });
    expect((await h.runAs('demo-user', READ, { id })).data?.retailSession).toMatchObject({ expired: true, status: 'INIT', timeoutSeconds: 1 });
  });

  it("refuses another user's step (FORBIDDEN), two steps in one operation, and never retries a step", async () => {
    const id = await openSession(h);
    expect((await h.runAs('demo-participant', USER_UPDATE, { id, update: { action: 'TERMINATE' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const both = `mutation { a: updateRetailSessionAsUser(sessionId: "${id}", update: { action: TERMINATE }) { id } b: updateRetailSessionAsUser(sessionId: "${id}", update: { action: TERMINATE }) { id } }`;
    expect((await h.runAs('demo-user', both)).errors?.[0]?.message).toMatch(/once/);
    expect(await h.calls(RETAIL.userUpdate)).toBe(1);
    await h.fault({ route: RETAIL.terminalUpdate, status: 503, times: 1 });
    expect((await asTerminal(h, TERMINAL_UPDATE, amountSet(id, 1000, 'CASH'))).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(RETAIL.terminalUpdate)).toBe(1);
  });
});
