import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Redis } from 'ioredis';
import { startSimulator } from '../../sim/simulator.js';
import { encodeRecord, fingerprintOf, slotOf } from '../../src/idempotency/idempotency-record.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const BALANCE = 'GET /payments-service/user/ethereum/balance';
const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const SEND = 'mutation Send($input: EthereumTransferInput!) { transferToEthereum(input: $input) { id status coins fee } }';
const input = (idempotencyKey: string, coins = '1000000000000000000') => ({ address: ADDRESS, coins, fee: '1000000000000000000', idempotencyKey });

describe('idempotencyKey on transferToEthereum (Redis)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('answers a retry with the first result and calls the upstream once', async () => {
    const key = randomUUID();
    const first = await h.runAs('demo-user', SEND, { input: input(key) });
    const again = await h.runAs('demo-user', SEND, { input: input(key) });
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await h.stats()).toEqual({ [BALANCE]: 1, [TRANSFER]: 1 });
  });

  it('calls the upstream once when two requests with one key race', async () => {
    await h.fault({ route: TRANSFER, latencyMs: 300, times: 1 });
    const key = randomUUID();
    const [a, b] = await Promise.all([h.runAs('demo-user', SEND, { input: input(key) }), h.runAs('demo-user', SEND, { input: input(key) })]);
    expect(a.errors).toBeUndefined();
    expect(b).toEqual(a);
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('is CONFLICT for the same key with another input, and sends nothing', async () => {
    const key = randomUUID();
    await h.runAs('demo-user', SEND, { input: input(key) });
    const other = await h.runAs('demo-user', SEND, { input: input(key, '2000000000000000000') });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('keeps callers apart: another session with the same key is another transfer', async () => {
    const key = randomUUID();
    const user = await h.runAs<{ transferToEthereum: { id: string } }>('demo-user', SEND, { input: input(key) });
    const participant = await h.runAs<{ transferToEthereum: { id: string } }>('demo-participant', SEND, { input: input(key) });
    expect(participant.data!.transferToEthereum.id).not.toBe(user.data!.transferToEthereum.id);
    expect(await h.calls(TRANSFER)).toBe(2);
  });

  it('replays a failure that may have moved coins (a 502) without sending again', async () => {
    await h.fault({ route: TRANSFER, status: 502, times: 1 });
    const key = randomUUID();
    const first = await h.runAs('demo-user', SEND, { input: input(key) });
    expect(first.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    const retry = await h.runAs('demo-user', SEND, { input: input(key) });
    expect(retry.errors?.[0]).toMatchObject({ message: expect.stringMatching(/may or may not/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(await h.calls(TRANSFER)).toBe(1);
  });

  it('frees the key after a refusal that moved nothing (a 400), so the same key can be sent again', async () => {
    const key = randomUUID();
    const refused = await h.runAs('demo-user', SEND, { input: input(key, '1949979999999999999934') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const again = await h.runAs('demo-user', SEND, { input: input(key, '1949979999999999999934') });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls(TRANSFER)).toBe(2);
  });

  it('refuses a malformed key before anything is read', async () => {
    const res = await h.runAs('demo-user', SEND, { input: input('has a space') });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });
});

describe('idempotencyKey on changeBillingPlan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('charges once for a retried plan change and answers it the same', async () => {
    const change = 'mutation Change($input: ChangeBillingPlanInput!) { changeBillingPlan(input: $input) { planId card { last4 id } paidFrom } }';
    const variables = { input: { planId: 'pro', card: { nonce: 'tok_visa' }, idempotencyKey: randomUUID() } };
    const first = await h.runAs('demo-participant', change, variables);
    const again = await h.runAs('demo-participant', change, variables);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await h.calls('PUT /payments-service/participants/current/billing_plan')).toBe(1);
  });
});

describe('idempotency across instances and outages', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('sends once when the same key races through two gateway instances', async () => {
    const sim = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(a);
    const b = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(b);
    await a.fault({ route: TRANSFER, latencyMs: 300, times: 1 });
    const key = randomUUID();
    const [fromA, fromB] = await Promise.all([a.runAs('demo-user', SEND, { input: input(key) }), b.runAs('demo-user', SEND, { input: input(key) })]);
    expect(fromA.errors).toBeUndefined();
    expect(fromB).toEqual(fromA);
    expect(await a.calls(TRANSFER)).toBe(1);
  });

  it('never sends a retry after a gateway died between claim and result: "may or may not" once the marker is stale', async () => {
    const prefix = `test:${randomUUID()}:`;
    const h = await startHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    const raw = new Redis(inject('redisUrl'));
    open.push(h, { close: async () => raw.disconnect() });
    const key = randomUUID();
    const { idempotencyKey: _key, ...body } = input(key);
    // What a gateway killed after its claim leaves behind: a marker nobody settles, claimed an hour ago.
    const marker = encodeRecord({ s: 'pending', f: fingerprintOf('demo-user', 'transferToEthereum', body), o: 'dead', t: Date.now() - 3600_000 });
    await raw.set(`${prefix}${slotOf('demo-user', key)}`, marker, 'PX', 86_400_000);
    const retry = await h.runAs('demo-user', SEND, { input: input(key) });
    expect(retry.errors?.[0]).toMatchObject({ message: expect.stringMatching(/may or may not/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(await h.stats()).toEqual({});
  });

  it('refuses a keyed transfer while Redis is down, and sends nothing; an unkeyed one still runs', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const h = await startHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    open.push(h, { close: proxy.cut });
    const warm = await h.runAs('demo-user', SEND, { input: input(randomUUID()) });
    expect(warm.errors).toBeUndefined();
    await h.resetSim();

    await proxy.cut();
    const started = Date.now();
    const refused = await h.runAs('demo-user', SEND, { input: input(randomUUID()) });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/idempotency store is unavailable/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await h.stats()).toEqual({});
    const { idempotencyKey: _none, ...unkeyed } = input('x');
    expect((await h.runAs('demo-user', SEND, { input: unkeyed })).errors).toBeUndefined();
    expect(await h.calls(TRANSFER)).toBe(1);
  });
});
