import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startSimulator } from '../../sim/simulator.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

const QUERY = '{ plans { id } }';

describe('rate limits (RATE_LIMIT_PER_MINUTE)', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });
  const harness = async (env: Record<string, string>, extra: Parameters<typeof startHarness>[0] = {}): Promise<Harness> => {
    const h = await startHarness({ redisUrl: inject('redisUrl'), ...extra, env: { RATE_LIMIT_PER_MINUTE: '5', ...env } });
    open.push(h);
    return h;
  };

  it('refuses the request over the budget with 429, RATE_LIMITED, retryAfter and Retry-After, before any upstream call', async () => {
    const h = await harness({});
    for (let i = 0; i < 5; i++) expect((await h.runAs('demo-user', QUERY)).errors).toBeUndefined();
    const calls = await h.calls('GET /payments-service/billing_plans');
    const refused = await h.request({ query: QUERY, headers: { authenticateit_identity_ticket: 'demo-user' } });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(await h.calls('GET /payments-service/billing_plans')).toBe(calls);
    // Another credential has a budget of its own.
    expect((await h.runAs('demo-participant', QUERY)).errors).toBeUndefined();
  });

  it('counts anonymous callers by address, believing X-Forwarded-For only from TRUSTED_PROXIES', async () => {
    const h = await harness({});
    const anonymous = (forwardedFor: string) => h.request({ query: '{ __typename }', headers: { 'x-forwarded-for': forwardedFor } });
    for (let i = 0; i < 5; i++) expect((await anonymous(`198.51.100.${i}`)).status).toBe(200);
    // Spoofing another address does not buy a new budget.
    expect((await anonymous('198.51.100.99')).status).toBe(429);

    const behindProxy = await harness({ TRUSTED_PROXIES: '127.0.0.1' });
    const viaProxy = (forwardedFor: string) => behindProxy.request({ query: '{ __typename }', headers: { 'x-forwarded-for': forwardedFor } });
    for (let i = 0; i < 5; i++) expect((await viaProxy('198.51.100.1')).status).toBe(200);
    expect((await viaProxy('198.51.100.1')).status).toBe(429);
    expect((await viaProxy('198.51.100.2')).status).toBe(200);
  });

  it('holds across instances that share Redis', async () => {
    const sim = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a = await harness({}, { sim, redisKeyPrefix: prefix });
    const b = await harness({}, { sim, redisKeyPrefix: prefix });
    for (let i = 0; i < 3; i++) expect((await a.runAs('demo-user', QUERY)).errors).toBeUndefined();
    for (let i = 0; i < 2; i++) expect((await b.runAs('demo-user', QUERY)).errors).toBeUndefined();
    expect((await b.request({ query: QUERY, headers: { authenticateit_identity_ticket: 'demo-user' } })).status).toBe(429);
    expect((await a.request({ query: QUERY, headers: { authenticateit_identity_ticket: 'demo-user' } })).status).toBe(429);
  });

  it('falls back to a budget per instance while Redis is away, never to none', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    open.push({ close: proxy.cut });
    const h = await startHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}`, env: { RATE_LIMIT_PER_MINUTE: '3' } });
    open.push(h);
    await proxy.cut();
    for (let i = 0; i < 3; i++) expect((await h.request({ query: '{ __typename }', headers: { authenticateit_identity_ticket: 'demo-user' } })).status).toBe(200);
    expect((await h.request({ query: '{ __typename }', headers: { authenticateit_identity_ticket: 'demo-user' } })).status).toBe(429);
  });

  it('counts each WebSocket operation, and refuses one over the budget with RATE_LIMITED', async () => {
    const h = await harness({ RATE_LIMIT_PER_MINUTE: '2' });
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      expect((await wsQuery(client, '{ __typename }')).errors).toBeUndefined();
      expect((await wsQuery(client, '{ __typename }')).errors).toBeUndefined();
      await expect(wsQuery(client, '{ __typename }')).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors[0]?.extensions?.code === 'RATE_LIMITED' && errors[0]?.extensions?.retryAfter >= 1,
      );
    } finally {
      await client.dispose();
    }
  });
});
