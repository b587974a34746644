import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createLogger } from '../../src/lib/logger.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const PLANS = 'query Plans { plans { id name cost currency features { label included detail } } }';
const PLAN = 'query ($id: ID!) { plan(id: $id) { id cost } }';
const CATALOGUE = 'GET /payments-service/billing_plans';
const TICKET = { authenticateit_identity_ticket: 'demo-participant' };

/** One POST as a client sends it, the body kept as bytes (text) so that answers compare exactly. */
async function post(h: Harness, body: unknown, headers: Record<string, string> = TICKET) {
  const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The response cache's counters: hit, miss (nothing stored yet), unverified (stored, caller not accepted). */
async function counts(h: Harness): Promise<Record<'hit' | 'miss' | 'unverified', number>> {
  const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  const read = (result: string) => Number(new RegExp(`^gateway_response_cache_requests_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  return { hit: read('hit'), miss: read('miss'), unverified: read('unverified') };
}

describe('response cache', () => {
  let h: Harness;
  /** The gateway as it was before the response cache: LOCAL_CACHE_TTL_MS=0 turns it off. */
  let today: Harness;
  const lines: string[] = [];
  beforeAll(async () => {
    // Entries live a minute here: each test counts on what it just stored still being there
    // several round trips later, which the default 2 s does not promise on a loaded machine.
    const env = { LOCAL_CACHE_TTL_MS: '60000' };
    h = await startHarness({ redisUrl: inject('redisUrl'), env, logger: createLogger('debug', { write: (line: string) => void lines.push(line) }) });
    today = await startHarness({ redisUrl: inject('redisUrl'), env: { LOCAL_CACHE_TTL_MS: '0' } });
  });
  afterAll(async () => {
    await h.close();
    await today.close();
  });
  beforeEach(() => {
    lines.length = 0;
  });

  it('answers a warm public query with no upstream call and the same bytes, headers and status', async () => {
    const miss = await post(h, { query: PLANS });
    expect(JSON.parse(miss.text).data.plans).toHaveLength(4);
    const calls = await h.calls(CATALOGUE);
    const before = await counts(h);
    const hit = await post(h, { query: PLANS }, { ...TICKET, 'x-request-id': 'trace-response-cache-1' });
    expect(await counts(h)).toMatchObject({ hit: before.hit + 1, miss: before.miss });
    expect(hit.text).toBe(miss.text);
    expect(hit.status).toBe(200);
    for (const name of ['content-type', 'content-length']) expect(hit.headers.get(name)).toBe(miss.headers.get(name));
    expect(hit.headers.get('x-request-id')).toBe('trace-response-cache-1');
    expect(await h.calls(CATALOGUE)).toBe(calls);
  });

  it('writes the access-log line and the operation metrics of a hit, with no upstream call', async () => {
    await post(h, { query: PLANS });
    const before = await counts(h);
    await post(h, { query: PLANS }, { ...TICKET, 'x-request-id': 'trace-response-cache-2' });
    expect((await counts(h)).hit).toBe(before.hit + 1);
    const line = lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.requestId === 'trace-response-cache-2');
    expect(line).toMatchObject({ msg: 'graphql operation', transport: 'http', operation: 'Plans', outcome: 'ok', upstreamCalls: 0 });
    expect(typeof line?.ms).toBe('number');
    const metrics = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/gateway_graphql_operations_total\{operation="Plans",transport="http",outcome="ok"\} [2-9]/);
  });

  it('refuses a made-up ticket on a warm response cache exactly as on a cold one, asking the upstream each time', async () => {
    await post(h, { query: PLANS });
    const before = await counts(h);
    const calls = await h.calls(CATALOGUE);
    const warm = await post(h, { query: PLANS }, { authenticateit_identity_ticket: 'made-up-ticket' });
    expect(await counts(h)).toMatchObject({ hit: before.hit, unverified: before.unverified + 1 });
    expect(await h.calls(CATALOGUE)).toBe(calls + 1);
    expect(JSON.parse(warm.text).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { service: 'payments', status: 401 } });
    const cold = await post(today, { query: PLANS }, { authenticateit_identity_ticket: 'made-up-ticket' });
    expect(warm.status).toBe(cold.status);
    expect(JSON.parse(warm.text)).toEqual(JSON.parse(cold.text));
  });

  it('refuses an anonymous caller as before, without asking the upstream', async () => {
    await post(h, { query: PLANS });
    const calls = await h.calls(CATALOGUE);
    const anonymous = await post(h, { query: PLANS }, {});
    expect(JSON.parse(anonymous.text)).toMatchObject({ data: { plans: null }, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    const cold = await post(today, { query: PLANS }, {});
    expect(anonymous.status).toBe(cold.status);
    expect(JSON.parse(anonymous.text)).toEqual(JSON.parse(cold.text));
    expect(await h.calls(CATALOGUE)).toBe(calls);
  });

  it('keeps one entry per variables, and never mixes them up', async () => {
    const before = await counts(h);
    const light = await post(h, { query: PLAN, variables: { id: 'light' } });
    const pro = await post(h, { query: PLAN, variables: { id: 'pro' } });
    expect(await counts(h)).toMatchObject({ hit: before.hit, miss: before.miss + 2 });
    expect((await post(h, { query: PLAN, variables: { id: 'pro' } })).text).toBe(pro.text);
    expect((await post(h, { query: PLAN, variables: { id: 'light' } })).text).toBe(light.text);
    expect(await counts(h)).toMatchObject({ hit: before.hit + 2, miss: before.miss + 2 });
    expect(JSON.parse(light.text).data).toEqual({ plan: { id: 'light', cost: '195' } });
    expect(JSON.parse(pro.text).data).toEqual({ plan: { id: 'pro', cost: '395' } });
  });

  it('never holds a user-specific field, a mutation, introspection or an answer with errors', async () => {
    const before = await counts(h);
    const mixed = '{ plans { id } participant { billingPlan { planId } } }';
    const participant = 'GET /payments-service/participants/current/billing_plan';
    const calls = await h.calls(participant);
    for (let i = 0; i < 2; i++) expect(JSON.parse((await post(h, { query: mixed })).text).errors).toBeUndefined();
    expect(await h.calls(participant)).toBe(calls + 2);
    const code = 'GET /payments-service/retail_connect/v1/code';
    const generated = await h.calls(code);
    const mutation = 'mutation { generateRetailCode(cardId: "demo-card") }';
    for (let i = 0; i < 2; i++) expect(JSON.parse((await post(h, { query: mutation }, { authenticateit_identity_ticket: 'demo-user' })).text).errors).toBeUndefined();
    expect(await h.calls(code)).toBe(generated + 2);
    await post(h, { query: '{ __schema { queryType { name } } plans { id } }' });
    expect(await counts(h)).toEqual(before);
    // A public query whose answer has errors is counted, but never stored: the next one misses again.
    const bad = { query: '{ coinPrice(currency: "not-a-currency") { perCoin } }' };
    for (let i = 0; i < 2; i++) expect(JSON.parse((await post(h, bad)).text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await counts(h)).toEqual({ ...before, miss: before.miss + 2 });
  });

  it('serves GET queries only through Apollo: without the CSRF header they are refused, warm cache or not', async () => {
    await post(h, { query: '{ plans { id } }' });
    const url = `${h.gateway.url}?query=${encodeURIComponent('{ plans { id } }')}`;
    const res = await fetch(url, { headers: TICKET });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
  });

  it('answers an APQ hash from the entry its text built', async () => {
    const text = '{ plan(id: "basic") { id name } }';
    const hash = createHash('sha256').update(text).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    const registered = await post(h, { query: text, extensions });
    const before = await counts(h);
    expect((await post(h, { extensions })).text).toBe(registered.text);
    expect((await post(h, { extensions })).text).toBe(registered.text);
    // The same document, written differently, is the same entry.
    expect((await post(h, { query: `# a comment\n{plan(id:"basic"){id,name}}` })).text).toBe(registered.text);
    expect(await counts(h)).toMatchObject({ miss: before.miss + 1, hit: before.hit + 2 });
  });

  it('is off with LOCAL_CACHE_TTL_MS=0', async () => {
    for (let i = 0; i < 2; i++) await post(today, { query: PLANS });
    expect(await counts(today)).toEqual({ hit: 0, miss: 0, unverified: 0 });
  });
});

describe('response cache freshness', () => {
  it('rebuilds an entry once it is LOCAL_CACHE_TTL_MS old', async () => {
    // Seconds, so that the hits below surely come while the entry is live.
    const TTL_MS = 3000;
    const h = await startHarness({ redisUrl: inject('redisUrl'), env: { LOCAL_CACHE_TTL_MS: String(TTL_MS) } });
    try {
      await post(h, { query: PLANS });
      // The entry's clock started before this answer came: once TTL_MS has passed since, it is surely stale.
      const staleAt = Date.now() + TTL_MS;
      await post(h, { query: PLANS });
      expect(await counts(h)).toMatchObject({ miss: 1, hit: 1 });
      while (Date.now() <= staleAt) await new Promise((r) => setTimeout(r, staleAt - Date.now() + 10));
      const rebuilt = await post(h, { query: PLANS });
      expect(JSON.parse(rebuilt.text).data.plans).toHaveLength(4);
      expect(await counts(h)).toMatchObject({ miss: 2, hit: 1 });
      await post(h, { query: PLANS });
      expect(await counts(h)).toMatchObject({ miss: 2, hit: 2 });
      // Rebuilt from the shared cache (Redis), not from the upstream.
      expect(await h.calls(CATALOGUE)).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('never outlives the shared-cache entry it was built from', async () => {
    const h = await startHarness({ redisUrl: inject('redisUrl'), env: { LOCAL_CACHE_TTL_MS: '60000', COIN_PRICE_CACHE_TTL_SECONDS: '1' } });
    try {
      const price = { query: '{ coinPrice(currency: "AUD") { currency perCoin fetchedAt } }' };
      const first = await post(h, price);
      expect((await post(h, price)).text).toBe(first.text);
      expect(await counts(h)).toMatchObject({ miss: 1, hit: 1 });
      await new Promise((r) => setTimeout(r, 1100));
      const later = await post(h, price);
      expect(await counts(h)).toMatchObject({ miss: 2, hit: 1 });
      expect(JSON.parse(later.text).data.coinPrice.fetchedAt > JSON.parse(first.text).data.coinPrice.fetchedAt).toBe(true);
      expect(await h.calls('GET /rewards/convert/coins')).toBe(2);
    } finally {
      await h.close();
    }
  });
});
