import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient as createWsClient, wsQuery } from '../helpers/ws.js';

const CATALOGUE = 'GET /payments-service/billing_plans';
/** Passes the upstream checks but cannot be served: a plan name that is an object. */
const BROKEN_CATALOGUE = '{"currency":"aud","list":[{"id":"x","cost":1,"name":{"secret":"internal"}}]}';

function wsClient(h: Harness, connectionParams: Record<string, string>): Client {
  return createWsClient(h.wsUrl, connectionParams);
}

describe('the HTTP server', () => {
  let h: Harness;
  let base: string;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
    base = h.gateway.url.replace('/graphql', '');
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('answers /healthz, /readyz and /metrics', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', upstreams: { payments: 'up', tickets: 'up' }, redis: 'up' });
    await h.runAs('demo-participant', '{ plans { id } }');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/gateway_upstream_requests_total\{service="payments",endpoint="getBillingPlans",outcome="200"\} [1-9]/);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it('leads / and /graphql/ to /graphql, keeping a GET query string', async () => {
    for (const [path, location] of [['/', '/graphql'], ['/graphql/', '/graphql'], ['/?query=%7Bplans%7Bid%7D%7D', '/graphql?query=%7Bplans%7Bid%7D%7D']] as const) {
      const res = await fetch(`${base}${path}`, { redirect: 'manual' });
      expect(res.status).toBe(308);
      expect(res.headers.get('location')).toBe(location);
    }
  });

  it('serves GraphiQL from its own bundle to browsers (no CDN), prefilled with a ticket header', async () => {
    const res = await fetch(h.gateway.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toContain('authenticateit_identity_ticket');
    expect(html).toContain('src="graphql/playground/graphiql.js"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const js = await fetch(`${base}/graphql/playground/graphiql.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect((await js.text()).length).toBeGreaterThan(100_000);
    const css = await fetch(`${base}/graphql/playground/graphiql.css`);
    expect(css.headers.get('content-type')).toMatch(/text\/css/);
    expect((await fetch(`${base}/graphql/playground/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/graphql/playground/nope.js`)).status).toBe(404);
  });

  it('answers GET queries that carry a CSRF-safe header, and refuses those that do not', async () => {
    const url = `${h.gateway.url}?query=${encodeURIComponent('{ plans { id } }')}`;
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true', authenticateit_identity_ticket: 'demo-user' } });
    expect(((await ok.json()) as { data: { plans: unknown[] } }).data.plans).toHaveLength(4);
    const blocked = await fetch(url, { headers: { authenticateit_identity_ticket: 'demo-user' } });
    expect(blocked.status).toBe(400);
  });

  it('refuses a body over the limit with 413 PAYLOAD_TOO_LARGE and bad JSON with 400', async () => {
    const big = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ plans { id } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    const bad = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('reports invalid operations as GRAPHQL_VALIDATION_FAILED without calling upstreams', async () => {
    const res = await h.runAs('demo-user', '{ plans { nope } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await h.stats()).toEqual({});
  });

  it('refuses an answer it cannot map as UPSTREAM_UNAVAILABLE, never INTERNAL_SERVER_ERROR, and leaks none of it', async () => {
    // A fresh gateway: its catalogue cache is cold, so the crafted answer is what it reads.
    const fresh = await startHarness();
    try {
      await fresh.fault({ route: CATALOGUE, status: 200, body: BROKEN_CATALOGUE, times: 1 });
      const res = await fresh.runAs('demo-user', '{ plans { id name } }');
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({ path: ['plans'], extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } } });
      expect(JSON.stringify(res)).not.toMatch(/secret|internal|stack/i);
    } finally {
      await fresh.close();
    }
  });

  it('takes multipart requests (graphql-upload) when they carry a CSRF-safe header', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: '{ plans { id } }' }));
    form.append('map', '{}');
    const res = await fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'apollo-require-preflight': 'true', authenticateit_identity_ticket: 'demo-user' },
      body: form,
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: { plans: unknown[] } }).data.plans).toHaveLength(4);
  });
});

describe('graphql-ws on /graphql', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());

  // Note: this one runs first, while the gateway's catalogue cache is still cold.
  it('accepts Authorization: Bearer in connectionParams, and treats errors as HTTP does', async () => {
    const client = wsClient(h, { Authorization: 'Bearer demo-user' });
    try {
      await h.fault({ route: CATALOGUE, status: 200, body: BROKEN_CATALOGUE, times: 1 });
      const masked = await wsQuery(client, '{ plans { id name } }');
      expect(masked.errors?.[0]).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } } });
      expect(JSON.stringify(masked.errors)).not.toMatch(/cannot represent|secret|stack/i);
      const res = await wsQuery(client, '{ participant { billingPlan { planId } } }');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', upstream: { service: 'payments', status: 403 } });
    } finally {
      await client.dispose();
    }
  });

  it('accepts connection_init with the session ticket in connectionParams and runs operations as that caller', async () => {
    const client = wsClient(h, { authenticateit_identity_ticket: 'demo-participant' });
    try {
      const res = await wsQuery(client, '{ plans { id } participant { billingPlan { planId } } }');
      expect(res.errors).toBeUndefined();
      expect(res.data).toMatchObject({ participant: { billingPlan: { planId: 'light' } } });
    } finally {
      await client.dispose();
    }
  });


  it('closes a connection without a session ticket with 4403', async () => {
    const socket = new WebSocket(h.gateway.url.replace('http:', 'ws:'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    const code = await new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)));
    expect(code).toBe(4403);
  });
});
