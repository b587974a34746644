import { describe, expect, it } from 'vitest';
import { billingPlansResponse } from '../../sim/fixtures/billing-plans.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

// The billing endpoints stand for any upstream endpoint here: faults work the same for all.
const PLANS = '/payments-service/billing_plans';
const CURRENT_PLAN = '/payments-service/participants/current/billing_plan';

const { call, control, addFault, stats } = useSimulator();

describe('faults', () => {
  it('answers a status once with a seed-shaped body, then normally; both are counted', async () => {
    await addFault({ route: `GET ${PLANS}`, status: 503, times: 1 });
    const faulted = await call(PLANS, { ticket: 'demo-user' });
    expect(faulted.status).toBe(503);
    expect(await errorId(faulted)).toBe('payments-fault');
    const normal = await call(PLANS, { ticket: 'demo-user' });
    expect(normal.status).toBe(200);
    expect(await normal.text()).toBe(billingPlansResponse);
    expect((await stats())[`GET ${PLANS}`]).toBe(2);
  });

  it('sends a crafted body byte for byte, big integers included', async () => {
    const raw = '{"coins": -1980490000000000000000, "n": 12345678901234567891,\n "s": "é"}';
    await addFault({ route: `GET ${PLANS}`, status: 200, body: raw });
    const res = await call(PLANS, { ticket: 'demo-user' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(Buffer.from(await res.arrayBuffer()).equals(Buffer.from(raw, 'utf8'))).toBe(true);
  });

  it('delays by latencyMs, then answers normally', async () => {
    await addFault({ route: `GET ${PLANS}`, latencyMs: 150, times: 1 });
    const started = performance.now();
    const res = await call(PLANS, { ticket: 'demo-user' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(await res.text()).toBe(billingPlansResponse);
  });

  it('hangs until the client gives up, and the simulator still serves and resets afterwards', async () => {
    await addFault({ route: `GET ${PLANS}`, hang: true });
    await expect(call(PLANS, { ticket: 'demo-user', signal: AbortSignal.timeout(200) })).rejects.toThrow();
    expect((await control('POST', '/__sim/reset')).status).toBe(200);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
  });

  it('matches every route with *, control endpoints excepted', async () => {
    await addFault({ route: '*', status: 502 });
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(502);
    expect((await call(CURRENT_PLAN, { ticket: 'demo-participant', method: 'PUT', body: '{"plan":"basic"}' })).status).toBe(502);
    expect((await call('/nowhere')).status).toBe(502);
    expect((await control('GET', '/__sim/stats')).status).toBe(200);
  });

  it('matches routes given as patterns with :params, by method', async () => {
    await addFault({ route: 'GET /payments-service/participants/:who/billing_plan', status: 500 });
    expect((await call(CURRENT_PLAN, { ticket: 'demo-participant' })).status).toBe(500);
    expect((await call(CURRENT_PLAN, { ticket: 'demo-participant', method: 'PUT', body: '{"plan":"basic"}' })).status).toBe(200);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
  });

  it('lets the most recent matching fault win and falls back when it is used up', async () => {
    await addFault({ route: `GET ${PLANS}`, status: 503 });
    await addFault({ route: '*', status: 502, times: 1 });
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(502);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(503);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(503);
  });

  it('clears all faults on an empty body or {}', async () => {
    await addFault({ route: '*', status: 500 });
    expect((await control('POST', '/__sim/faults')).status).toBe(200);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
    await addFault({ route: '*', status: 500 });
    expect((await control('POST', '/__sim/faults', {})).status).toBe(200);
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
  });

  it('refuses an unclear fault', async () => {
    for (const bad of [{ route: 'billing_plans', status: 500 }, { route: '*', status: 'x' }, { route: '*' }, { route: '*', stauts: 500 }]) {
      const res = await control('POST', '/__sim/faults', bad);
      expect(res.status).toBe(400);
    }
    expect((await call(PLANS, { ticket: 'demo-user' })).status).toBe(200);
  });
});
