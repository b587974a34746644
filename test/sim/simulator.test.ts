import { describe, expect, it } from 'vitest';
import type { ParticipantBillingPlan } from '../../sim/billing/billing-plan.dto.js';
import { activatedBillingPlanResponse } from '../../sim/fixtures/participant-billing-plan.fixture.js';
import { startSimulator } from '../../sim/simulator.js';
import { createRouter } from '../../sim/routing/router.js';
import { reply } from '../../sim/routing/route.js';
import { parseSimEnv } from '../../sim/sim-env.js';
import { errorId, TICKET, useSimulator } from './sim-client.js';

const PLANS = '/payments-service/billing_plans';
const CURRENT_PLAN = '/payments-service/participants/current/billing_plan';

const { sim: simulator, call, control, addFault, stats } = useSimulator();

// The billing endpoints stand for any upstream endpoint here: auth, faults and counters work the same for all.
function putPlan(ticket: string, body: unknown): Promise<Response> {
  return call(CURRENT_PLAN, { ticket, method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('startSimulator', () => {
  it('listens on a free loopback port and gives a URL without a trailing slash', () => {
    const sim = simulator();
    expect(sim.port).toBeGreaterThan(0);
    expect(sim.url).toBe(`http://127.0.0.1:${sim.port}`);
  });

  it('refuses a bad port or latency', async () => {
    await expect(startSimulator({ port: 70_000 })).rejects.toThrow(/port/);
    await expect(startSimulator({ latencyMs: -5 })).rejects.toThrow(/latency/);
  });
});

describe('auth', () => {
  it('answers 401 in the seed error shape without a ticket', async () => {
    const res = await call(PLANS);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe(
      '{"error":"Unauthorized","error_data":null,"error_id":"payments-unauthorized","error_object":null}',
    );
  });

  it('answers 401 for an unknown session or device ticket', async () => {
    expect((await call(PLANS, { ticket: 'demo-nobody' })).status).toBe(401);
    const badDevice = await call(PLANS, { ticket: 'demo-user', headers: { authenticateit_terminal_device: 'x' } });
    expect(badDevice.status).toBe(401);
    const goodDevice = await call(PLANS, {
      ticket: 'demo-user',
      headers: { authenticateit_terminal_device: 'demo-terminal' },
    });
    expect(goodDevice.status).toBe(200);
  });

  it('answers 403 to an app user on a participant endpoint', async () => {
    const res = await call(CURRENT_PLAN, { ticket: 'demo-user' });
    expect(res.status).toBe(403);
    expect(await errorId(res)).toBe('payments-forbidden');
    expect((await putPlan('demo-user', { plan: 'basic' })).status).toBe(403);
  });

  it('answers 404 in the seed error shape for an unknown route or method', async () => {
    const res = await call('/payments-service/nope', { ticket: 'demo-user' });
    expect(res.status).toBe(404);
    expect(await errorId(res)).toBe('payments-not_found');
    expect((await call(PLANS, { ticket: 'demo-user', method: 'DELETE' })).status).toBe(404);
  });
});

describe('stats', () => {
  it('counts every non-control request by method and path without query, whatever the outcome', async () => {
    await call(PLANS, { ticket: 'demo-user' });
    await call(`${PLANS}?x=1`, { ticket: 'demo-user' });
    await call(PLANS);
    await call(CURRENT_PLAN, { ticket: 'demo-user' });
    await call('/payments-service/unknown?y=2');
    await putPlan('demo-participant', { plan: 'light' });
    await control('GET', '/__sim/config');
    expect(await stats()).toEqual({
      [`GET ${PLANS}`]: 3,
      [`GET ${CURRENT_PLAN}`]: 1,
      'GET /payments-service/unknown': 1,
      [`PUT ${CURRENT_PLAN}`]: 1,
    });
  });
});

describe('reset', () => {
  it('brings back the seed plans, zero counters and no faults', async () => {
    expect((await putPlan('demo-participant', { plan: 'basic' })).status).toBe(200);
    await addFault({ route: `GET ${PLANS}`, status: 503 });
    const reset = await control('POST', '/__sim/reset');
    expect(await reset.text()).toBe('{"ok":true}');
    expect(await stats()).toEqual({});
    expect(await (await call(CURRENT_PLAN, { ticket: 'demo-participant' })).text()).toBe(activatedBillingPlanResponse);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
    // Card ids start over too.
    const plan = (await (await putPlan('demo-participant', { plan: 'pro', card: { nonce: 'n' } })).json()) as ParticipantBillingPlan;
    expect(plan.card?.id).toBe('card_sim_1');
  });
});

describe('config', () => {
  it('stores known switches, refuses unknown ones, and resets them', async () => {
    const res = await control('POST', '/__sim/config', { ticketsEnabled: false, merchantIdleMs: 200 });
    expect(await res.json()).toMatchObject({ ok: true, config: { ticketsEnabled: false, merchantIdleMs: 200 } });
    expect(await (await control('GET', '/__sim/config')).json()).toMatchObject({ ticketsEnabled: false, ticketProcessingMs: 300 });
    expect((await control('POST', '/__sim/config', { ticketsEnabeld: true })).status).toBe(400);
    expect((await control('POST', '/__sim/config', { ticketsEnabled: 0 })).status).toBe(400);
    expect((await control('POST', '/__sim/config', { merchantIdleMs: -1 })).status).toBe(400);
    expect((await control('POST', '/__sim/config', { merchantIdleMs: true })).status).toBe(400);
    await control('POST', '/__sim/reset');
    expect(await (await control('GET', '/__sim/config')).json()).toMatchObject({ ticketsEnabled: true, merchantIdleMs: 900_000 });
  });
});

describe('simulator lifecycle', () => {
  it('adds the configured latency to upstream requests only', async () => {
    // A latency far above what a local round trip costs on a loaded machine, so that the two
    // bounds below are a second apart rather than a few milliseconds.
    const slow = await startSimulator({ latencyMs: 1500 });
    try {
      let started = performance.now();
      const res = await fetch(`${slow.url}${PLANS}`, { headers: { [TICKET]: 'demo-user' } });
      expect(performance.now() - started).toBeGreaterThanOrEqual(1400);
      expect(res.status).toBe(200);
      started = performance.now();
      await fetch(`${slow.url}/__sim/stats`);
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      await slow.close();
    }
  });

  it('ends hanging requests on close', async () => {
    const other = await startSimulator();
    await fetch(`${other.url}/__sim/faults`, { method: 'POST', body: JSON.stringify({ route: '*', hang: true }) });
    const pending = fetch(`${other.url}${PLANS}`, { headers: { [TICKET]: 'demo-user' } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = performance.now();
    await other.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(pending).rejects.toThrow();
  });
});

describe('route table', () => {
  it('finds static and :param routes and refuses duplicates', () => {
    const handle = () => reply(Buffer.from('{}'));
    const router = createRouter([
      { method: 'GET', path: '/a/b', access: 'user', handle },
      { method: 'GET', path: '/participants/:id/contract/terminate', access: 'system', handle },
    ]);
    expect(router.match('GET', '/a/b')?.params).toEqual({});
    expect(router.match('GET', '/participants/urn%3Ax/contract/terminate')?.params).toEqual({ id: 'urn:x' });
    expect(router.match('POST', '/a/b')).toBeNull();
    expect(router.match('GET', '/participants//contract/terminate')).toBeNull();
    expect(() => createRouter([
      { method: 'GET', path: '/a', access: 'user', handle },
      { method: 'GET', path: '/a', access: 'user', handle },
    ])).toThrow(/Duplicate/);
  });
});

describe('environment', () => {
  it('uses the fixed defaults', () => {
    expect(parseSimEnv({})).toEqual({
      ok: true,
      options: {
        port: 4010,
        latencyMs: 0,
        webhookUrl: 'http://127.0.0.1:4000/webhooks/support-tickets',
        webhookSecret: undefined,
      },
    });
  });

  it('reads valid values and reports every bad one', () => {
    const good = parseSimEnv({ SIM_PORT: '0', SIM_LATENCY_MS: '25', SIM_WEBHOOK_URL: 'https://gw/x', WEBHOOK_SECRET: 's' });
    expect(good).toMatchObject({ ok: true, options: { port: 0, latencyMs: 25, webhookUrl: 'https://gw/x', webhookSecret: 's' } });
    const bad = parseSimEnv({ SIM_PORT: '99999', SIM_LATENCY_MS: '1.5', SIM_WEBHOOK_URL: 'nope' });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? [] : bad.errors).toHaveLength(3);
  });
});
