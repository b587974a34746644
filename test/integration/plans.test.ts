import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const PLANS = '{ plans { id name cost currency commitmentPeriodWeeks coinRate hidden modules features { label included detail } } }';
const CATALOGUE = 'GET /payments-service/billing_plans';

type Plans = { plans: Array<{ id: string; cost: string; currency: string; features: Array<{ label: string; included: boolean; detail: string | null }> }> };

describe('plans', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());

  it('returns the four catalogue plans with costs, currency and features, then serves them from the shared cache', async () => {
    const first = await h.runAs<Plans>('demo-participant', PLANS);
    expect(first.errors).toBeUndefined();
    const plans = first.data!.plans;
    expect(plans.map((p) => [p.id, p.cost])).toEqual([
      ['basic', '0'],
      ['light', '195'],
      ['pro', '395'],
      ['pro-corp', '495'],
    ]);
    expect(new Set(plans.map((p) => p.currency))).toEqual(new Set(['AUD']));
    const light = plans[1]!;
    expect(light.features[0]).toEqual({ label: 'GTIN', included: true, detail: '1-20' });
    expect(light.features.map((f) => f.label).at(-1)).toBe('Advanced Engagement (ToDo cards)');
    expect(light.features.find((f) => f.label === 'Rewards')).toEqual({ label: 'Rewards', included: false, detail: null });
    expect(await h.calls(CATALOGUE)).toBe(1);

    const second = await h.runAs<Plans>('demo-participant', PLANS);
    expect(second.data).toEqual(first.data);
    expect(await h.calls(CATALOGUE)).toBe(1);
  });

  it('asks the upstream once about a ticket it has not seen, then serves that ticket from the cache too', async () => {
    const before = await h.calls(CATALOGUE);
    expect((await h.runAs<Plans>('demo-user', PLANS)).data?.plans).toHaveLength(4);
    expect((await h.runAs<Plans>('demo-user', PLANS)).data?.plans).toHaveLength(4);
    expect(await h.calls(CATALOGUE)).toBe(before + 1);
  });

  it('refuses a made-up ticket on a warm cache exactly as on a cold one', async () => {
    const warm = await h.runAs('made-up-ticket', PLANS);
    expect(warm.data).toEqual({ plans: null });
    expect(warm.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { service: 'payments', status: 401 } });
    const cold = await startHarness();
    try {
      const refused = await cold.runAs('made-up-ticket', PLANS);
      expect(refused.errors?.[0]?.extensions).toEqual(warm.errors?.[0]?.extensions);
      expect(refused.errors?.[0]?.message).toBe(warm.errors?.[0]?.message);
    } finally {
      await cold.close();
    }
    // Refusals are not remembered: asking again asks the upstream again, and is refused again.
    const before = await h.calls(CATALOGUE);
    expect((await h.runAs('made-up-ticket', PLANS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.calls(CATALOGUE)).toBe(before + 1);
  });

  it('plan(id) answers from the same cached catalogue and gives null for an unknown id', async () => {
    const before = await h.calls(CATALOGUE);
    const res = await h.runAs('demo-participant', '{ a: plan(id: "pro-corp") { id cost modules } b: plan(id: "standard") { id } }');
    expect(res.data).toEqual({ a: { id: 'pro-corp', cost: '495', modules: ['product360', 'reviews', 'livechat', 'rewards'] }, b: null });
    expect(await h.calls(CATALOGUE)).toBe(before);
  });

  it('asks for no plans without a session ticket', async () => {
    const before = await h.calls(CATALOGUE);
    const res = await h.runAs(undefined, '{ plans { id } }');
    expect(res.data).toEqual({ plans: null });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.calls(CATALOGUE)).toBe(before);
  });
});

describe('plans on a cold cache', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterEach(() => h.close());

  it('makes one upstream call for 30 concurrent cold queries', async () => {
    await h.fault({ route: CATALOGUE, latencyMs: 100, times: 1 });
    const answers = await Promise.all(Array.from({ length: 30 }, () => h.runAs<Plans>('demo-participant', '{ plans { id cost } }')));
    for (const answer of answers) expect(answer.data?.plans).toHaveLength(4);
    expect(await h.calls(CATALOGUE)).toBe(1);
  });

  it('asks each endpoint once per operation however many fields need it', async () => {
    const res = await h.runAs('demo-participant', '{ a: plans { id } b: plans { cost } c: plan(id: "light") { id } }');
    expect(res.errors).toBeUndefined();
    expect(await h.calls(CATALOGUE)).toBe(1);
  });

  it('keeps a JSON number beyond 2^53 digit for digit', async () => {
    const body = `{"currency":"aud","list":[{"id":"whale","name":"WHALE","cost":123456789012345678901234567890.25,"commitment_period":52,"coin_rate":0.1,"hidden":false,"modules":[],"description_list":{}},{"id":"big","name":"BIG","cost":-1980490000000000000000,"coin_rate":0.30000000000000000004,"hidden":false}]}`;
    await h.fault({ route: CATALOGUE, status: 200, body, times: 1 });
    const res = await h.runAs<Plans>('demo-participant', '{ plans { id cost coinRateDecimal } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.plans).toEqual([
      { id: 'whale', cost: '123456789012345678901234567890.25', coinRateDecimal: '0.1' },
      { id: 'big', cost: '-1980490000000000000000', coinRateDecimal: '0.30000000000000000004' },
    ]);
  });

  it('hides hidden plans unless asked', async () => {
    const body = `{"currency":"usd","list":[{"id":"basic","name":"BASIC","cost":0,"coin_rate":0},{"id":"secret","name":"SECRET","cost":"9.99","coin_rate":0,"hidden":true}]}`;
    await h.fault({ route: CATALOGUE, status: 200, body, times: 1 });
    const res = await h.runAs('demo-participant', '{ shown: plans { id } all: plans(includeHidden: true) { id currency } }');
    expect(res.data).toEqual({ shown: [{ id: 'basic' }], all: [{ id: 'basic', currency: 'USD' }, { id: 'secret', currency: 'USD' }] });
  });

  it('maps an upstream outage to UPSTREAM_UNAVAILABLE on the field alone, and does not cache it', async () => {
    await h.fault({ route: CATALOGUE, status: 503, times: 3 });
    const res = await h.runAs('demo-participant', '{ plans { id } }');
    expect(res.data).toEqual({ plans: null });
    expect(res.errors?.[0]).toMatchObject({
      path: ['plans'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 503 } },
    });
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|at .*\.ts/);
    // Two retries after the first 503: three calls, all refused.
    expect(await h.calls(CATALOGUE)).toBe(3);
    const again = await h.runAs<Plans>('demo-participant', '{ plans { id } }');
    expect(again.data?.plans).toHaveLength(4);
    expect(await h.calls(CATALOGUE)).toBe(4);
  });

  it('rides out a passing outage: two 503s, then the third attempt answers', async () => {
    await h.fault({ route: CATALOGUE, status: 503, times: 2 });
    const res = await h.runAs<Plans>('demo-participant', '{ plans { id } }');
    expect(res.errors).toBeUndefined();
    expect(await h.calls(CATALOGUE)).toBe(3);
  });

  it("waits as long as the upstream's Retry-After says, when the budget allows", async () => {
    await h.fault({ route: CATALOGUE, status: 503, retryAfter: 1, times: 1 });
    const started = Date.now();
    const res = await h.runAs<Plans>('demo-participant', '{ plans { id } }');
    expect(res.errors).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(await h.calls(CATALOGUE)).toBe(2);
  });

  it('does not wait past the operation budget: a Retry-After longer than it is passed on at once', async () => {
    await h.close();
    h = await startHarness({ redisUrl: inject('redisUrl'), env: { OPERATION_BUDGET_MS: '1000' } });
    await h.fault({ route: CATALOGUE, status: 429, retryAfter: 30, times: 1 });
    const started = Date.now();
    const res = await h.runAs('demo-participant', '{ plans { id } }');
    expect(Date.now() - started).toBeLessThan(900);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: 30, upstream: { service: 'payments', status: 429 } });
    expect(await h.calls(CATALOGUE)).toBe(1);
  });

  it('takes a non-JSON or truncated body for an outage (UPSTREAM_UNAVAILABLE), never for data', async () => {
    for (const body of ['<html><body>502 Bad Gateway</body></html>', '{"currency":"aud","list":[{"id":"basic","co', '']) {
      await h.fault({ route: CATALOGUE, status: 200, body, times: 1 });
      const res = await h.runAs('demo-participant', '{ plans { id } }');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } });
    }
  });

  it('refuses a malformed catalogue as UPSTREAM_UNAVAILABLE and does not cache it', async () => {
    await h.fault({ route: CATALOGUE, status: 200, body: '{"currency":"aud","list":[null]}', times: 1 });
    const res = await h.runAs('demo-participant', '{ plans { id } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } });
    const again = await h.runAs<Plans>('demo-participant', '{ plans { id } }');
    expect(again.data?.plans).toHaveLength(4);
    expect(await h.calls(CATALOGUE)).toBe(2);
  });

  it('maps an upstream that never answers to UPSTREAM_TIMEOUT', async () => {
    await h.close();
    h = await startHarness({ redisUrl: inject('redisUrl'), env: { UPSTREAM_TIMEOUT_MS: '300' } });
    await h.fault({ route: CATALOGUE, hang: true, times: 1 });
    const started = Date.now();
    const res = await h.runAs('demo-participant', '{ plans { id } }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await h.calls(CATALOGUE)).toBe(1);
  });
});
