import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../sim/simulator.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const CATALOGUE = 'GET /payments-service/billing_plans';
const PLANS = '{ plans { id cost } }';

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the shared cache in Redis', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  it('lets a second gateway instance serve the catalogue that the first one read', async () => {
    const sim: RunningSimulator = await startSimulator();
    open.push(sim);
    const prefix = `test:${randomUUID()}:`;
    const a: Harness = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(a);
    const b: Harness = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    open.push(b);
    expect((await a.runAs('demo-participant', PLANS)).data?.plans).toHaveLength(4);
    expect(await a.calls(CATALOGUE)).toBe(1);
    // The same ticket on the other instance: the catalogue and the upstream's yes to that ticket both come from Redis.
    const fromB = await b.runAs('demo-participant', PLANS);
    expect(fromB.data?.plans).toHaveLength(4);
    expect(await b.calls(CATALOGUE)).toBe(1);
    // Another ticket is asked about once (the upstream decides who may read it), then served from the cache.
    expect((await b.runAs('demo-user', PLANS)).data?.plans).toHaveLength(4);
    expect((await a.runAs('demo-user', PLANS)).data?.plans).toHaveLength(4);
    expect(await b.calls(CATALOGUE)).toBe(2);
  });

  it('keeps answering when Redis goes away mid-run, says so in readiness and metrics, and uses Redis again when it is back', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    // No instance-local copy: every read asks Redis, so the outage is what each query meets.
    const h = await startHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}`, env: { LOCAL_CACHE_TTL_MS: '0' } });
    open.push(h, { close: proxy.cut });
    const readiness = async () => (await (await fetch(h.gateway.url.replace('/graphql', '/readyz'))).json()) as { redis: string; status: string };
    await until(async () => (await readiness()).redis === 'up', 5000);

    expect((await h.runAs('demo-participant', PLANS)).data?.plans).toHaveLength(4);
    expect((await h.runAs('demo-participant', PLANS)).data?.plans).toHaveLength(4);
    expect(await h.calls(CATALOGUE)).toBe(1);

    await proxy.cut();
    const started = Date.now();
    for (let i = 0; i < 3; i++) {
      const res = await h.runAs('demo-participant', PLANS);
      expect(res.errors).toBeUndefined();
      expect(res.data?.plans).toHaveLength(4);
    }
    // Without Redis each query goes to the upstream, and a dead cache costs milliseconds, not seconds.
    expect(await h.calls(CATALOGUE)).toBe(4);
    expect(Date.now() - started).toBeLessThan(3000);
    await until(async () => (await readiness()).redis === 'down', 3000);
    const ready = await fetch(h.gateway.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'degraded', redis: 'down' });
    const metrics = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).toMatch(/^gateway_redis_up 0$/m);
    expect(metrics).toMatch(/gateway_cache_requests_total\{result="unavailable"\} [1-9]/);

    await proxy.restore();
    await until(async () => (await readiness()).redis === 'up', 10_000);
    await h.runAs('demo-participant', PLANS);
    const calls = await h.calls(CATALOGUE);
    await h.runAs('demo-participant', PLANS);
    expect(await h.calls(CATALOGUE)).toBe(calls);
  });
});
