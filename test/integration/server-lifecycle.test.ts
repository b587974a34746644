import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { activatedBillingPlanResponse } from '../../sim/fixtures/participant-billing-plan.fixture.js';
import { startHarness } from '../helpers/harness.js';

describe('metrics without Redis', () => {
  it('say Redis is not configured instead of reporting it down', async () => {
    const h = await startHarness();
    try {
      const metrics = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
      expect(metrics).toMatch(/^gateway_redis_configured 0$/m);
      expect(metrics).not.toMatch(/gateway_redis_up/);
      const ready = (await (await fetch(h.gateway.url.replace('/graphql', '/readyz'))).json()) as { redis: string };
      expect(ready.redis).toBe('not configured');
    } finally {
      await h.close();
    }
  });
});

describe('graceful shutdown', () => {
  it('finishes in-flight requests, then refuses new ones', async () => {
    const h = await startHarness();
    try {
      await h.fault({ route: 'GET /payments-service/participants/current/billing_plan', latencyMs: 400, times: 1 });
      const inFlight = h.runAs('demo-participant', '{ participant { billingPlan { planId } } }');
      await new Promise((r) => setTimeout(r, 100));
      const closing = h.gateway.close();
      expect((await inFlight).data).toEqual({ participant: { billingPlan: { planId: 'light' } } });
      await closing;
      await expect(fetch(h.gateway.url, { method: 'POST' })).rejects.toThrow();
    } finally {
      await h.close();
    }
  });
});

describe('request ids', () => {
  it('answers with x-request-id, keeps a sane one from the client, and sends it to the upstream', async () => {
    const seen: Array<string | undefined> = [];
    const upstream = http.createServer((req, res) => {
      seen.push(req.headers['x-request-id'] as string | undefined);
      res.writeHead(200, { 'content-type': 'application/json' }).end(activatedBillingPlanResponse);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const port = (upstream.address() as AddressInfo).port;
    const h = await startHarness({
      sim: { url: `http://127.0.0.1:${port}`, port, close: () => new Promise<void>((r) => upstream.close(() => r())) },
    });
    try {
      const ask = (id?: string) =>
        fetch(h.gateway.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authenticateit_identity_ticket: 'demo-participant', ...(id && { 'x-request-id': id }) },
          body: JSON.stringify({ query: '{ participant { billingPlan { planId } } }' }),
        });
      const given = await ask('trace-1234567890');
      expect(given.headers.get('x-request-id')).toBe('trace-1234567890');
      expect(seen).toEqual(['trace-1234567890']);
      const made = await ask('bad id with spaces');
      expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(seen[1]).toBe(made.headers.get('x-request-id'));
    } finally {
      await h.close();
      upstream.close();
    }
  });
});
