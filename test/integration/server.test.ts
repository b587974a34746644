import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { activatedBillingPlanResponse } from '../../sim/fixtures/participant-billing-plan.fixture.js';
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

describe('operation limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  const deep = `{ ${'participant { billingPlan { plan { features { label } } } } '.repeat(1)} }`;

  it('allows ordinary nesting and introspection', async () => {
    expect((await h.runAs('demo-participant', deep)).errors).toBeUndefined();
    const introspection = await h.runAs('demo-user', '{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }');
    expect(introspection.errors).toBeUndefined();
  });

  it('refuses an operation over the token limit over HTTP and WebSocket', async () => {
    await h.resetSim();
    const huge = `{ ${Array.from({ length: 3000 }, (_, i) => `a${i}: plans { id }`).join(' ')} }`;
    const res = await h.runAs('demo-user', huge);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const client = wsClient(h, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, huge)).rejects.toSatisfy((errors: unknown) =>
        Array.isArray(errors) && errors[0]?.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /tokens/.test(errors[0].message),
      );
      await expect(wsQuery(client, '{ plans { nope } }')).rejects.toSatisfy((errors: unknown) =>
        Array.isArray(errors) && errors[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /nope/.test(errors[0].message),
      );
    } finally {
      await client.dispose();
    }
    expect(await h.stats()).toEqual({});
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
