import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

/**
 * Fragments F0…Fn, each spreading the one below twice: 2^n fields once expanded, n+1 to
 * read. At 30 levels an exponential check runs for hours; a linear one in milliseconds.
 * The random comment defeats any cache of validation results, as an attacker's would.
 */
function fanOut(levels: number): string {
  const fragments = ['fragment F0 on Plan { id }'];
  for (let i = 1; i <= levels; i++) fragments.push(`fragment F${i} on Plan { ...F${i - 1} a: id ...F${i - 1} }`);
  return `# ${Math.random()}\n{ plans { ...F${levels} } }\n${fragments.join('\n')}`;
}

const ALIASES = `{ ${Array.from({ length: 1400 }, (_, i) => `p${i}: plans { id }`).join(' ')} }`;

describe('operation limits over HTTP and WebSocket', () => {
  let h: Harness;
  beforeAll(async () => {
    // A token budget the 1,400-alias attack fits in, so that the alias limit is what refuses it.
    h = await startHarness({ env: { MAX_TOKENS: '20000' } });
  });
  afterAll(() => h.close());

  it('refuses a 30-level fragment fan-out over HTTP in milliseconds, without a ticket and without calling upstreams', async () => {
    const started = Date.now();
    const res = await h.runAs(undefined, fanOut(30));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/aliases.*at most 15/);
    // The event loop stayed free: the health check answers at once.
    const health = Date.now();
    expect((await fetch(h.gateway.url.replace('/graphql', '/healthz'))).status).toBe(200);
    expect(Date.now() - health).toBeLessThan(1000);
    expect(await h.stats()).toEqual({});
  });

  it('refuses the same fan-out over WebSocket', async () => {
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const started = Date.now();
      await expect(wsQuery(client, fanOut(30))).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors.some((e) => e?.extensions?.code === 'BAD_USER_INPUT' && /aliases/.test(e.message)),
      );
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await client.dispose();
    }
    expect(await h.stats()).toEqual({});
  });

  it('refuses 1,400 aliases of plans on both transports (it answered 4.6 MB before)', async () => {
    const res = await h.runAs('demo-user', ALIASES);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('The operation uses 1400 aliases; at most 15 are allowed.');
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, ALIASES)).rejects.toSatisfy((errors: unknown) => Array.isArray(errors) && /1400 aliases/.test(errors[0]?.message));
    } finally {
      await client.dispose();
    }
    expect(await h.stats()).toEqual({});
  });

  it('lets an ordinary nested operation with a few aliases through', async () => {
    const res = await h.runAs('demo-participant', '{ a: participant { billingPlan { plan { features { label } } } } b: plans { id } }');
    expect(res.errors).toBeUndefined();
  });
});

describe('the cost and depth limits, set low in config', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_COST: '100', MAX_DEPTH: '3' } });
  });
  afterAll(() => h.close());

  it('weighs lists and refuses an operation over the budget before any upstream call, over HTTP and WebSocket', async () => {
    // plans (10 assumed) × features (10 assumed): 1 + 10 × (1 + 10 × 1) = 111.
    const query = '{ plans { features { label } } }';
    const res = await h.runAs('demo-user', query);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/would cost 111 .*at most 100/);
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, query)).rejects.toSatisfy((errors: unknown) => Array.isArray(errors) && /would cost 111/.test(errors[0]?.message));
    } finally {
      await client.dispose();
    }
    expect((await h.runAs('demo-user', '{ plans { id } }')).errors).toBeUndefined();
    expect(await h.calls('GET /payments-service/billing_plans')).toBe(1);
  });

  it('refuses an operation deeper than MAX_DEPTH before any upstream call', async () => {
    await h.resetSim();
    const res = await h.runAs('demo-participant', '{ participant { billingPlan { plan { id } } } }');
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toBe('The operation is nested 4 levels deep; at most 3 are allowed.');
    expect(await h.stats()).toEqual({});
  });
});

describe('operation limits, the ordinary and the token limit', () => {
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
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
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
