import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startSimulator } from '../../sim/simulator.js';
import { operationHash } from '../../src/server/persisted/operation-manifest.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

const PLANS = 'query Plans { plans { id } }';
const TICKET = { authenticateit_identity_ticket: 'demo-user' };
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

/** POSTs with APQ extensions, with or without the text. */
async function post(h: Harness, body: Record<string, unknown>) {
  const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...TICKET }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } };
}

function manifestFile(bodies: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  const path = join(dir, 'persisted-operations.json');
  const operations = bodies.map((body) => ({ id: operationHash(body), name: /query (\w+)/.exec(body)?.[1] ?? 'anonymous', type: 'query', body }));
  writeFileSync(path, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations }));
  return path;
}

describe('automatic persisted queries in the shared cache', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('finds on a second instance the hash a client registered through the first', async () => {
    const sim = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(a);
    const b = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(b);
    const hash = operationHash(PLANS);
    expect((await post(b, { extensions: apq(hash) })).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(a, { query: PLANS, extensions: apq(hash) })).body.data).toMatchObject({ plans: [{}, {}, {}, {}] });
    const fromB = await post(b, { extensions: apq(hash) });
    expect(fromB.body.errors).toBeUndefined();
    expect(fromB.body.data).toMatchObject({ plans: [{ id: 'basic' }, {}, {}, {}] });
  });

  it('refuses a text sent under another text’s hash', async () => {
    const h = await startHarness();
    open.push(h);
    const res = await post(h, { query: '{ plans { id name } }', extensions: apq(operationHash(PLANS)) });
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('PERSISTED_ONLY', () => {
  const open: Harness[] = [];
  afterEach(async () => {
    for (const h of open.splice(0)) await h.close();
  });

  it('answers a manifest’s hash on the fast lane once Apollo has run it, and still refuses what the manifest lacks', async () => {
    const balance = 'query Balance { me { balance { totalCoins } } }';
    const h = await startHarness({ env: { PERSISTED_ONLY: 'true', PERSISTED_OPERATIONS_FILE: manifestFile([balance]) } });
    open.push(h);
    const answered = async () => {
      const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
      return Number(/^gateway_fast_lane_total\{outcome="answered"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    };
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post(h, { extensions: apq(operationHash(balance)) }));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers[2]!.body).toEqual(answers[0]!.body);
    expect(answers[0]!.body.data).toMatchObject({ me: { balance: { totalCoins: expect.any(String) } } });
    expect(await answered()).toBe(2);
    const other = await post(h, { query: 'query Balance { me { balance { totalCoins } } } ' });
    expect(other.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(await answered()).toBe(2);
  });

  it('runs the manifest’s operations, by hash or by text, and nothing else, over HTTP and WebSocket', async () => {
    const h = await startHarness({ env: { PERSISTED_ONLY: 'true', PERSISTED_OPERATIONS_FILE: manifestFile([PLANS]) } });
    open.push(h);
    expect((await post(h, { extensions: apq(operationHash(PLANS)) })).body.data).toMatchObject({ plans: [{}, {}, {}, {}] });
    expect((await post(h, { query: PLANS })).body.data).toMatchObject({ plans: [{}, {}, {}, {}] });
    const other = await post(h, { query: '{ plans { id name } }' });
    expect(other.status).toBe(400);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    // Registering a new hash does not work either.
    const text = '{ plans { cost } }';
    expect((await post(h, { query: text, extensions: apq(operationHash(text)) })).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const client = wsClient(h.wsUrl, TICKET);
    try {
      expect((await wsQuery(client, PLANS)).data).toMatchObject({ plans: [{}, {}, {}, {}] });
      await expect(wsQuery(client, '{ plans { id name } }')).rejects.toSatisfy(
        (errors: unknown) => Array.isArray(errors) && errors[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_IN_LIST',
      );
    } finally {
      await client.dispose();
    }
    expect(await h.calls('GET /payments-service/billing_plans')).toBe(1);
  });

  it('refuses to start without a valid manifest, naming the variable', async () => {
    await expect(startHarness({ env: { PERSISTED_ONLY: 'true', PERSISTED_OPERATIONS_FILE: '/nonexistent/manifest.json' } })).rejects.toThrow(
      /PERSISTED_OPERATIONS_FILE/,
    );
  });
});
