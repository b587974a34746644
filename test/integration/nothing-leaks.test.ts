import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { recordLogs } from '../helpers/log-recorder.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

const CATALOGUE = 'GET /payments-service/billing_plans';
const PLAN = 'GET /payments-service/participants/current/billing_plan';
const PUT_PLAN = 'PUT /payments-service/participants/current/billing_plan';
const CHANGE = 'mutation ($input: ChangeBillingPlanInput!) { changeBillingPlan(input: $input) { planId } }';
const plan = (extra: string) => `{"id":"basic","name":"BASIC","cost":0,"coin_rate":0${extra}}`;

describe('nothing leaks, nothing poisons', () => {
  let h: Harness;
  const logs = recordLogs();
  beforeAll(async () => {
    h = await startHarness({ logger: logs.logger });
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.resetSim();
    logs.lines.length = 0;
  });

  it('never echoes a 5xx body: status and error_id stay, the text does not', async () => {
    const body = '{"error":"java.lang.NullPointerException at Db.connect(url=jdbc://db?password=hunter2)","error_id":"payments-internal_error"}';
    await h.fault({ route: PLAN, status: 500, body, times: 2 });
    const res = await h.runAs('demo-participant', '{ participant { billingPlan { planId } } }');
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 500, errorId: 'payments-internal_error' } });
    expect(JSON.stringify(res)).not.toMatch(/hunter2|NullPointer|jdbc/);
  });

  it('echoes a mapped 4xx message with card numbers cut out, and keeps an unmapped one to itself', async () => {
    const declined = '{"error":"Card 5200 8282 8282 8210 was declined","error_id":"payments-card_declined"}';
    await h.fault({ route: PUT_PLAN, status: 400, body: declined, times: 1 });
    const mapped = await h.runAs('demo-participant', CHANGE, { input: { planId: 'light', card: { nonce: 'tok' } } });
    expect(mapped.errors?.[0]?.message).toBe('Card [redacted] was declined');
    const unmapped = '{"error":"Internal validator: cvc=323 number=5200828282828210","error_id":"payments-validator_failed"}';
    await h.fault({ route: PUT_PLAN, status: 400, body: unmapped, times: 1 });
    const res = await h.runAs('demo-participant', CHANGE, { input: { planId: 'light', card: { nonce: 'tok' } } });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', upstream: { service: 'payments', status: 400, errorId: 'payments-validator_failed' } });
    expect(JSON.stringify(res)).not.toMatch(/cvc|5200|323/);
  });

  it.each([
    ['a plan name that is an object', `{"currency":"aud","list":[${plan(',"name":{"x":1}').replace('"name":"BASIC",', '')}]}`],
    ['modules that are not strings', `{"currency":"aud","list":[${plan(',"modules":[1,{"a":2}]')}]}`],
    ['description_list as a string', `{"currency":"aud","list":[${plan(',"description_list":"abc"')}]}`],
    ['no currency', `{"list":[${plan('')}]}`],
    ['a currency that is not a code', `{"currency":42,"list":[${plan('')}]}`],
  ])('refuses a catalogue with %s as UPSTREAM_UNAVAILABLE and caches none of it', async (_what, body) => {
    const fresh = await startHarness({ sim: h.sim });
    try {
      await fresh.resetSim();
      await fresh.fault({ route: CATALOGUE, status: 200, body, times: 1 });
      const res = await fresh.runAs('demo-user', '{ plans { id name modules features { label } currency } }');
      expect(res.errors?.[0]).toMatchObject({ path: ['plans'], extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } } });
      const again = await fresh.runAs('demo-user', '{ plans { id name currency } }');
      expect(again.errors).toBeUndefined();
      expect(again.data).toMatchObject({ plans: [{ id: 'basic', name: 'BASIC', currency: 'AUD' }, {}, {}, {}] });
      expect(await fresh.calls(CATALOGUE)).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('refuses a billing plan whose card is garbage as UPSTREAM_UNAVAILABLE, never a card of nulls or an internal error', async () => {
    for (const card of ['"str"', '{"last4":{"x":1}}', '[1]']) {
      await h.fault({ route: PLAN, status: 200, body: `{"plan":"light","card":${card}}`, times: 1 });
      const res = await h.runAs('demo-participant', '{ participant { billingPlan { planId card { last4 } } } }');
      expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(res.data).toEqual({ participant: { billingPlan: null } });
    }
    expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('answers a subscription on a schema without subscriptions as a client mistake, over HTTP and WebSocket, and logs no error', async () => {
    const res = await h.runAs('demo-user', 'subscription { plans { id } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, 'subscription { plans { id } }')).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
      );
    } finally {
      await client.dispose();
    }
    expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('answers a real subscription sent over HTTP as a client mistake (it is served over WebSocket), and logs no error', async () => {
    const subscription = 'subscription Updates { retailSessionUpdated(sessionId: "s1") { id } }';
    for (let i = 0; i < 3; i++) {
      const res = await h.runAs('demo-user', subscription);
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([
        { message: 'Subscriptions are served over WebSocket (graphql-transport-ws) on /graphql, not over HTTP.', extensions: { code: 'BAD_REQUEST' } },
      ]);
    }
    // The document's query still runs over HTTP.
    const both = await h.request({ query: `query Plans { plans { id } } ${subscription}`, operationName: 'Plans', headers: { authenticateit_identity_ticket: 'demo-user' } });
    expect(both.status).toBe(200);
    expect(both.errors).toBeUndefined();
    expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('answers 404 to playground paths named after Object.prototype members, and logs no error', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect((await fetch(h.gateway.url.replace('/graphql', `/graphql/playground/${name}`))).status).toBe(404);
    }
    expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it("answers a malformed multipart body with our own words, not the parser's", async () => {
    const form = new FormData();
    form.append('operations', '{not json');
    form.append('map', '{}');
    const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'apollo-require-preflight': 'true' }, body: form });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ errors: [{ message: 'The request body could not be read as a GraphQL request.', extensions: { code: 'BAD_REQUEST' } }] });
    expect(logs.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('answers invalid JSON and a JSON array with the same code family (BAD_REQUEST)', async () => {
    for (const body of ['{"query": ', '[{"query":"{ plans { id } }"}]']) {
      const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
  });
});
