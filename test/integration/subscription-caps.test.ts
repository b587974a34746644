import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../sim/simulator.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { openSession } from '../helpers/retail.js';
import { wsClient, wsSubscribe, type WsSubscription } from '../helpers/ws.js';

const FOLLOW = 'subscription S($id: ID!) { retailSessionUpdated(sessionId: $id) { id status } }';
const CAPS = { SUBSCRIPTIONS_PER_CONNECTION: '2', SUBSCRIPTIONS_PER_CREDENTIAL: '3' };
const REFUSAL_MS = 5000;

/**
 * The code a subscription was refused with, or 'open': it sent a result (only an admitted one
 * can), or `quietMs` passed without a refusal. A refusal that is expected gets seconds, so that
 * a slow one is not taken for 'open'; an expected 'open' gets the short wait, which a slow
 * machine can only make pass wrongly, never fail.
 */
async function outcome(sub: WsSubscription, quietMs = 400): Promise<string> {
  return Promise.race([
    sub.failed.catch((errors: unknown) => (Array.isArray(errors) ? String(errors[0]?.extensions?.code) : 'error')),
    sub.next(quietMs).then(() => 'open', () => 'open'),
  ]);
}

/** Subscribes until one is admitted: a place given back reaches the shared count some time after the stop. */
async function admittedOnceFreed(subscribe: () => WsSubscription): Promise<void> {
  await vi.waitFor(async () => expect(await outcome(subscribe())).toBe('open'), { timeout: 5000, interval: 50 });
}

describe('subscription caps', () => {
  let sim: RunningSimulator;
  let a: Harness;
  let b: Harness;
  let session: string;
  beforeAll(async () => {
    sim = await startSimulator();
    const prefix = `test:${randomUUID()}:`;
    a = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix, env: CAPS });
    b = await startHarness({ sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix, env: CAPS });
    session = await openSession(a);
  });
  afterAll(async () => {
    await a.close();
    await b.close();
    await sim.close();
  });

  it('caps subscriptions per connection and per credential across instances, and gives places back when they end', async () => {
    const first = wsClient(a.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    const second = wsClient(b.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    const other = wsClient(b.wsUrl, { authenticateit_identity_ticket: 'demo-participant' });
    try {
      const onFirst = [wsSubscribe(first, FOLLOW, { id: session }), wsSubscribe(first, FOLLOW, { id: session })];
      expect(await Promise.all(onFirst.map(outcome))).toEqual(['open', 'open']);
      // A third on the same connection: over the connection's cap.
      expect(await outcome(wsSubscribe(first, FOLLOW, { id: session }), REFUSAL_MS)).toBe('RATE_LIMITED');
      // On another instance, one more fits the credential's three; the next does not.
      const onSecond = wsSubscribe(second, FOLLOW, { id: session });
      expect(await outcome(onSecond)).toBe('open');
      expect(await outcome(wsSubscribe(second, FOLLOW, { id: session }), REFUSAL_MS)).toBe('RATE_LIMITED');
      // Other credentials have places of their own (admitted, this one is told FORBIDDEN in a result at once).
      expect(await outcome(wsSubscribe(other, FOLLOW, { id: session }), REFUSAL_MS)).not.toBe('RATE_LIMITED');
      // Stopping one frees its place for the credential on every instance.
      onFirst[0]!.stop();
      await admittedOnceFreed(() => wsSubscribe(second, FOLLOW, { id: session }));
    } finally {
      await Promise.all([first.dispose(), second.dispose(), other.dispose()]);
    }
    // Closed sockets give every place back.
    const again = wsClient(a.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await admittedOnceFreed(() => wsSubscribe(again, FOLLOW, { id: session }));
    } finally {
      await again.dispose();
    }
  });
});
