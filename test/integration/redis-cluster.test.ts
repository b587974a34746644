import { randomUUID } from 'node:crypto';
import { Cluster } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from '../../sim/simulator.js';
import { RedisStore } from '../../src/cache/redis.store.js';
import { RedisIdempotencyStore } from '../../src/idempotency/redis-idempotency.store.js';
import { createLogger } from '../../src/lib/logger.js';
import { RedisDurableStore } from '../../src/store/redis-durable.store.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { startRedisCluster, type TestRedisCluster } from '../helpers/redis-cluster.js';
import { RETAIL, TERMINAL_UPDATE, asTerminal, openSession } from '../helpers/retail.js';
import { startTicketHarness, TEST_WEBHOOK_SECRET } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const silent = createLogger('silent');
const CATALOGUE = 'GET /payments-service/billing_plans';
const PLANS = '{ plans { id cost } }';
const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const SEND = 'mutation Send($input: EthereumTransferInput!) { transferToEthereum(input: $input) { id status coins fee } }';
const sendInput = (idempotencyKey: string) => ({ address: '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2', coins: '1000000000000000000', fee: '1000000000000000000', idempotencyKey });
const SESSION_UPDATED = 'subscription W($id: ID!) { retailSessionUpdated(sessionId: $id) { id status statusSide } }';
const CREATE_TICKET = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
const TICKET_CHANGED = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';

describe('the gateway on a Redis Cluster of three masters (REDIS_CLUSTER_NODES)', () => {
  let cluster: TestRedisCluster;
  let raw: Cluster;
  const open: Array<{ close(): Promise<void> }> = [];
  beforeAll(async () => {
    cluster = await startRedisCluster();
    raw = new Cluster(cluster.ports.map((port) => ({ host: '127.0.0.1', port })));
  }, 60_000);
  afterAll(async () => {
    raw?.disconnect();
    await cluster?.stop();
  });
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  /** Keys under `prefix` on each master: where the cluster put them. */
  async function keysPerMaster(prefix: string): Promise<number[]> {
    return Promise.all(raw.nodes('master').map(async (node) => (await node.keys(`${prefix}*`)).length));
  }

  /** A gateway instance over `sim` whose cache, idempotency store, ticket store and pub/sub are the cluster. */
  async function instance(options: Parameters<typeof startHarness>[0]): Promise<Harness> {
    const h = await startHarness({ ...options, env: { ...options?.env, REDIS_CLUSTER_NODES: cluster.nodes } });
    open.push(h);
    return h;
  }

  it('runs every store command and script, keys spread over the masters in their slots', async () => {
    const prefix = `test:${randomUUID()}:`;
    const nodes = cluster.ports.map((port) => ({ host: '127.0.0.1', port }));
    const cache = new RedisStore(nodes, prefix, silent);
    const idempotency = new RedisIdempotencyStore(nodes, prefix, silent);
    const durable = new RedisDurableStore(nodes, prefix, silent);
    open.push(cache, idempotency, durable);
    expect(await cache.whenReady(5000)).toBe(true);
    for (let i = 0; i < 30; i++) await cache.set(`entry:${i}`, `value ${i}`, 60);
    expect(await cache.get('entry:17')).toBe('value 17');
    expect((await keysPerMaster(prefix)).every((count) => count > 0)).toBe(true);
    expect(await cache.increment('window', 60_000)).toMatchObject({ count: 1 });
    expect(await cache.increment('window', 60_000)).toMatchObject({ count: 2 });
    expect(await cache.claimLease('leases', 'a', 1, 60_000)).toBe(true);
    expect(await cache.claimLease('leases', 'b', 1, 60_000)).toBe(false);
    await cache.releaseLease('leases', 'a');
    expect(await cache.claimLease('leases', 'b', 1, 60_000)).toBe(true);

    expect(await idempotency.claim('key', 'lease-1', 60_000)).toBe(true);
    expect(await idempotency.claim('key', 'lease-2', 60_000)).toBe(false);
    await idempotency.settle('key', 'result', 60_000);
    expect(await idempotency.get('key')).toBe('result');
    await idempotency.release('key', 'lease-1');
    expect(await idempotency.get('key')).toBe('result');

    expect(await durable.setIfAbsent('event', 'first', 60)).toBe(true);
    expect(await durable.setIfAbsent('event', 'second', 60)).toBe(false);
    expect(await durable.get('event')).toBe('first');
    expect(await raw.get(`${prefix}event`)).toBe('first');
  });

  it('lets a second instance serve the plan catalogue from the cluster without an upstream call', async () => {
    const sim = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a = await instance({ sim, redisKeyPrefix: prefix });
    const b = await instance({ sim, redisKeyPrefix: prefix });
    const readiness = (await (await fetch(b.gateway.url.replace('/graphql', '/readyz'))).json()) as { redis: string };
    expect(readiness.redis).toBe('up');
    expect((await a.runAs('demo-participant', PLANS)).data?.plans).toHaveLength(4);
    expect(await a.calls(CATALOGUE)).toBe(1);
    const fromB = await b.runAs('demo-participant', PLANS);
    expect(fromB.data?.plans).toHaveLength(4);
    expect(await b.calls(CATALOGUE)).toBe(1);
    expect((await keysPerMaster(prefix)).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  });

  it('sends a money transfer once when the same idempotency key races through two instances', async () => {
    const sim = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a = await instance({ sim, redisKeyPrefix: prefix });
    const b = await instance({ sim, redisKeyPrefix: prefix });
    await a.fault({ route: TRANSFER, latencyMs: 300, times: 1 });
    const key = randomUUID();
    const [fromA, fromB] = await Promise.all([a.runAs('demo-user', SEND, { input: sendInput(key) }), b.runAs('demo-user', SEND, { input: sendInput(key) })]);
    expect(fromA.errors).toBeUndefined();
    expect(fromB).toEqual(fromA);
    expect(await a.calls(TRANSFER)).toBe(1);
    const retried = await b.runAs('demo-user', SEND, { input: sendInput(key) });
    expect(retried).toEqual(fromA);
    expect(await a.calls(TRANSFER)).toBe(1);
  });

  it('delivers a retail session change made through instance A to a subscriber on instance B', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = await instance({ redisKeyPrefix: prefix });
    const b = await instance({ sim: a.sim, redisKeyPrefix: prefix });
    const id = await openSession(a);
    const user = wsClient(b.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const before = await b.calls(RETAIL.read);
      const sees = wsSubscribe(user, SESSION_UPDATED, { id });
      // Listening once it has read the session; then a moment for the SUBSCRIBE to reach the cluster.
      for (let i = 0; i < 100 && (await b.calls(RETAIL.read)) === before; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));
      expect((await asTerminal(a, TERMINAL_UPDATE, { id, update: { action: 'TERMINATE' } })).errors).toBeUndefined();
      expect((await sees.next(5000)).data?.retailSessionUpdated).toEqual({ id, status: 'TERMINATE', statusSide: 'TERMINAL' });
      await sees.completed;
    } finally {
      await user.dispose();
    }
  });

  it('delivers a ticket webhook received by instance A to a subscriber on instance B', async () => {
    const prefix = `test:${randomUUID()}:`;
    const a = await startTicketHarness({ redisKeyPrefix: prefix, env: { REDIS_CLUSTER_NODES: cluster.nodes } });
    open.push(a);
    const b = await instance({ sim: a.sim, redisKeyPrefix: prefix, env: { WEBHOOK_SECRET: TEST_WEBHOOK_SECRET } });
    await a.simConfig({ ticketProcessingMs: 800 });
    const form = browserForm(CREATE_TICKET, { input: { customerId: 'demo-customer', title: 'On a cluster', description: 'Across instances.' } }, [], []);
    const created = await postForm(b.gateway.url, form, { authenticateit_identity_ticket: 'demo-user' });
    expect(created.body.errors).toBeUndefined();
    const { id } = created.body.data!.createSupportTicket as { id: string };
    const client = wsClient(b.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const sub = wsSubscribe(client, TICKET_CHANGED, { ticketId: id });
      expect((await sub.next(8000)).data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/) });
      await sub.completed;
    } finally {
      await client.dispose();
    }
    // The ticket's final state, its event id and its raiser are keys in the cluster.
    expect((await keysPerMaster(prefix)).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
  }, 30_000);
});
