import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

const TYPO = '{ plans { nme } }';
const INTROSPECTION = '{ __schema { types { name } } }';

describe('NODE_ENV=production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { NODE_ENV: 'production' } });
  });
  afterAll(() => h.close());

  it('gives no "did you mean" hint, over HTTP and WebSocket, and keeps the code', async () => {
    const res = await h.runAs('demo-user', TYPO);
    expect(res.errors?.[0]).toMatchObject({ message: 'Cannot query field "nme" on type "Plan".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, TYPO)).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors[0]?.message === 'Cannot query field "nme" on type "Plan".',
      );
      await expect(wsQuery(client, INTROSPECTION)).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /introspection/i.test(errors[0]?.message),
      );
    } finally {
      await client.dispose();
    }
  });

  it('refuses introspection over HTTP, and the playground says why it cannot show docs', async () => {
    const res = await h.runAs('demo-user', INTROSPECTION);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await (await fetch(h.gateway.url, { headers: { accept: 'text/html' } })).text();
    expect(page).toContain('"introspection":false');
  });

  it('still answers operations, with codes on every error', async () => {
    expect((await h.runAs('demo-user', '{ plans { id } }')).data).toMatchObject({ plans: [{ id: 'basic' }, {}, {}, {}] });
    const refused = await h.runAs('demo-user', '{ participant { billingPlan { planId } } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sends no stack trace and no internal text, only the code, when an upstream fails', async () => {
    await h.fault({ route: 'GET /payments-service/participants/current/billing_plan', status: 500, body: 'java.lang.NullPointerException at Billing.java:42 password=hunter2' });
    try {
      const failed = await h.runAs('demo-participant', '{ participant { billingPlan { planId } } }');
      expect(failed.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(Object.keys(failed.errors?.[0]?.extensions ?? {}).sort()).not.toContain('stacktrace');
      expect(JSON.stringify(failed)).not.toMatch(/stacktrace|NullPointer|Billing\.java|hunter2|\bat /);
    } finally {
      await h.clearFaults();
    }
  });
});

describe('INTROSPECTION', () => {
  it('turns introspection on in production when set to true', async () => {
    const h = await startHarness({ env: { NODE_ENV: 'production', INTROSPECTION: 'true' } });
    try {
      expect((await h.runAs('demo-user', INTROSPECTION)).errors).toBeUndefined();
    } finally {
      await h.close();
    }
  });

  it('leaves the hints on outside production, where they help a developer', async () => {
    const h = await startHarness();
    try {
      expect((await h.runAs('demo-user', TYPO)).errors?.[0]?.message).toMatch(/Did you mean "name"\?/);
    } finally {
      await h.close();
    }
  });
});
