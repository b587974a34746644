import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const PUT_PLAN = 'PUT /payments-service/participants/current/billing_plan';
const CHANGE = 'mutation Change($input: ChangeBillingPlanInput!) { changeBillingPlan(input: $input) { planId card { last4 } paidFrom } }';
const input = (idempotencyKey: string | undefined, planId = 'pro') => ({ planId, card: { nonce: 'tok_visa' }, ...(idempotencyKey && { idempotencyKey }) });

type Changed = { changeBillingPlan: { planId: string } };

describe('idempotencyKey on changeBillingPlan (Redis)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('is CONFLICT for the same key with another plan, and charges nothing more', async () => {
    const key = randomUUID();
    const first = await h.runAs<Changed>('demo-participant', CHANGE, { input: input(key, 'pro') });
    expect(first.data?.changeBillingPlan.planId).toBe('pro');
    const other = await h.runAs('demo-participant', CHANGE, { input: input(key, 'pro-corp') });
    expect(other.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(other.data).toBeNull();
    expect(await h.calls(PUT_PLAN)).toBe(1);
    const now = await h.runAs('demo-participant', '{ participant { billingPlan { planId } } }');
    expect(now.data).toEqual({ participant: { billingPlan: { planId: 'pro' } } });
  });

  it('sends one PUT when two requests with one key race, and both get its answer', async () => {
    await h.fault({ route: PUT_PLAN, latencyMs: 300, times: 1 });
    const key = randomUUID();
    const [a, b] = await Promise.all([
      h.runAs<Changed>('demo-participant', CHANGE, { input: input(key) }),
      h.runAs<Changed>('demo-participant', CHANGE, { input: input(key) }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(a.data?.changeBillingPlan.planId).toBe('pro');
    expect(b).toEqual(a);
    expect(await h.calls(PUT_PLAN)).toBe(1);
  });

  it('keeps callers apart: another session with the same key is another plan change', async () => {
    const key = randomUUID();
    const participant = await h.runAs<Changed>('demo-participant', CHANGE, { input: input(key) });
    expect(participant.errors).toBeUndefined();
    const system = await h.runAs<Changed>('demo-system', CHANGE, { input: input(key) });
    expect(system.errors).toBeUndefined();
    expect(system.data?.changeBillingPlan.planId).toBe('pro');
    expect(await h.calls(PUT_PLAN)).toBe(2);
    // Each caller's retry is still its own replay.
    expect(await h.runAs('demo-system', CHANGE, { input: input(key) })).toEqual(system);
    expect(await h.calls(PUT_PLAN)).toBe(2);
  });
});

describe('changeBillingPlan while Redis is down', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('refuses a keyed plan change (fail closed) and charges nothing; an unkeyed one still runs', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    const h = await startHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}` });
    open.push(h, { close: proxy.cut });
    await proxy.cut();
    const started = Date.now();
    const refused = await h.runAs('demo-participant', CHANGE, { input: input(randomUUID()) });
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringMatching(/idempotency store is unavailable/), extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(refused.data).toBeNull();
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await h.calls(PUT_PLAN)).toBe(0);
    const unkeyed = await h.runAs<Changed>('demo-participant', CHANGE, { input: input(undefined) });
    expect(unkeyed.errors).toBeUndefined();
    expect(unkeyed.data?.changeBillingPlan.planId).toBe('pro');
    expect(await h.calls(PUT_PLAN)).toBe(1);
  });
});
