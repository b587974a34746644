import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const ACCOUNTS = 'GET /cashout/account';
const TRANSFER = 'POST /cashout/transfer';
const MANUAL = 'POST /participants/topup/manual';
const PRIMARY = 'f50b74b3-8605-4985-af89-20cd0adfe89d';
const CASHOUT = 'mutation ($input: CashoutInput!) { requestCashout(input: $input) { id status coins fee { coins } } }';
const input = (idempotencyKey: string, coins = '1000000000000000000000') => ({ accountId: PRIMARY, coins, payFeeWithCoins: true, idempotencyKey });

describe('idempotencyKey on requestCashout (Redis)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('answers a retry with the first result and sends the cash-out once', async () => {
    const key = randomUUID();
    const first = await h.runAs('demo-user', CASHOUT, { input: input(key) });
    const again = await h.runAs('demo-user', CASHOUT, { input: input(key) });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('sends once when two requests with one key race', async () => {
    await h.fault({ route: TRANSFER, latencyMs: 300, times: 1 });
    const key = randomUUID();
    const [a, b] = await Promise.all([h.runAs('demo-user', CASHOUT, { input: input(key) }), h.runAs('demo-user', CASHOUT, { input: input(key) })]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('is CONFLICT for the same key with other coins, and sends nothing more', async () => {
    const key = randomUUID();
    await h.runAs('demo-user', CASHOUT, { input: input(key) });
    const other = await h.runAs('demo-user', CASHOUT, { input: input(key, '900000000000000000000') });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it("replays the first result after the account's description changed (the key is bound to what was asked)", async () => {
    const key = randomUUID();
    const first = await h.runAs('demo-user', CASHOUT, { input: input(key) });
    const edit = `mutation { updateCashoutAccount(id: "${PRIMARY}", input: { country: "036", bank: "Commonwealth", name: "John Smith", bsb: "123456", accountNumber: "22334455", description: "Renamed" }) { id } }`;
    expect((await h.runAs('demo-user', edit)).errors).toBeUndefined();
    expect(await h.runAs('demo-user', CASHOUT, { input: input(key) })).toEqual(first);
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('keeps callers apart: another session with the same key is another cash-out', async () => {
    const key = randomUUID();
    const user = await h.runAs<{ requestCashout: { id: string } }>('demo-user', CASHOUT, { input: input(key) });
    const participant = await h.runAs<{ requestCashout: { id: string } }>('demo-participant', CASHOUT, { input: input(key) });
    expect(participant.data!.requestCashout.id).not.toBe(user.data!.requestCashout.id);
    expect(await h.calls(TRANSFER)).toBe(2);
  });

  it('replays a failure that may have moved coins (a 502) without sending again; frees the key after a refusal', async () => {
    await h.fault({ route: TRANSFER, status: 502, times: 1 });
    const key = randomUUID();
    expect((await h.runAs('demo-user', CASHOUT, { input: input(key) })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const retry = await h.runAs('demo-user', CASHOUT, { input: input(key) });
    expect(retry.errors?.[0]).toMatchObject({ message: expect.stringMatching(/may or may not/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(await h.calls(TRANSFER)).toBe(1);
    const refusedKey = randomUUID();
    for (let i = 0; i < 2; i++) {
      const refused = await h.runAs('demo-user', CASHOUT, { input: input(refusedKey, '1949979999999999999934') });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await h.calls(TRANSFER)).toBe(3);
  });
});

describe('idempotencyKey on requestManualTopUp', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('charges once for a retried top-up; another amount with the key is CONFLICT; no key still works', async () => {
    const op = 'mutation ($cents: Int!, $key: String) { requestManualTopUp(amountCents: $cents, idempotencyKey: $key) }';
    const key = randomUUID();
    expect((await h.runAs('demo-participant', op, { cents: 2000, key })).data).toEqual({ requestManualTopUp: true });
    expect((await h.runAs('demo-participant', op, { cents: 2000, key })).data).toEqual({ requestManualTopUp: true });
    expect(await h.calls(MANUAL)).toBe(1);
    expect((await h.runAs('demo-participant', op, { cents: 3000, key })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await h.runAs('demo-participant', op, { cents: 2000, key: 'has space' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.runAs('demo-participant', op, { cents: 2000 })).data).toEqual({ requestManualTopUp: true });
    expect(await h.calls(MANUAL)).toBe(2);
  });
});

describe('requestCashout while Redis is down', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('refuses a keyed cash-out and sends nothing; an unkeyed one still runs', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const h = await startHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    open.push(h, { close: proxy.cut });
    await proxy.cut();
    const refused = await h.runAs('demo-user', CASHOUT, { input: input(randomUUID()) });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/idempotency store is unavailable/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(await h.calls(TRANSFER)).toBe(0);
    const { idempotencyKey: _none, ...unkeyed } = input('x');
    expect((await h.runAs('demo-user', CASHOUT, { input: unkeyed })).errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [ACCOUNTS]: 2, [TRANSFER]: 1 });
  });
});
