import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../src/errors/error-codes.js';
import { GatewayError } from '../../src/errors/gateway-errors.js';
import { encodeRecord, fingerprintOf, slotOf } from '../../src/idempotency/idempotency-record.js';
import { Idempotency, type IdempotencyTimings } from '../../src/idempotency/idempotency.js';
import type { IdempotencyStore } from '../../src/idempotency/idempotency.store.js';
import { MemoryIdempotencyStore } from '../../src/idempotency/memory-idempotency.store.js';
import { createLogger } from '../../src/lib/logger.js';
import { Metrics } from '../../src/lib/metrics.js';

const TIMINGS: IdempotencyTimings = { retentionMs: 60_000, staleAfterMs: 30_000, waitMs: 3000 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(store: IdempotencyStore = new MemoryIdempotencyStore(), timings = TIMINGS) {
  const metrics = new Metrics();
  const as = (ticket: string | undefined) =>
    new Idempotency(store, ticket ? { sessionTicket: ticket } : {}, timings, { logger: createLogger('silent'), metrics, requestId: 'test' });
  let calls = 0;
  const send = (value: unknown = { id: `t${calls + 1}` }, ms = 0) => async () => {
    calls++;
    if (ms) await sleep(ms);
    return value;
  };
  return { store, metrics, as, send, calls: () => calls };
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err instanceof GraphQLError ? err.extensions.code : err;
  }
  return 'no error';
}

const call = (key: string | null, input: unknown = { coins: '1' }, operation = 'transferToEthereum') => ({ operation, key, input });

describe('Idempotency.run', () => {
  it('runs every time without a key', async () => {
    const t = setup();
    await t.as('alice').run(call(null), t.send());
    await t.as('alice').run(call(null), t.send());
    expect(t.calls()).toBe(2);
  });

  it('sends once per key and returns the first result to a retry', async () => {
    const t = setup();
    const first = await t.as('alice').run(call('k-1'), t.send({ id: 'first' }));
    const again = await t.as('alice').run(call('k-1'), t.send({ id: 'second' }));
    expect(first).toEqual({ id: 'first' });
    expect(again).toEqual({ id: 'first' });
    expect(t.calls()).toBe(1);
    expect(t.metrics.get('gateway_idempotency_total', { operation: 'transferToEthereum', outcome: 'replayed' })).toBe(1);
  });

  it('sends once when two requests with one key race; the second waits for the first one’s result', async () => {
    const t = setup();
    const [a, b] = await Promise.all([t.as('alice').run(call('race'), t.send({ id: 'one' }, 150)), t.as('alice').run(call('race'), t.send({ id: 'two' }, 150))]);
    expect(t.calls()).toBe(1);
    expect(a).toEqual(b);
  });

  it('makes a retry that arrives during a slow first request wait for its result, never send', async () => {
    const t = setup();
    const slow = t.as('alice').run(call('slow'), t.send({ id: 'slow' }, 400));
    await sleep(100);
    const retry = t.as('alice').run(call('slow'), t.send({ id: 'retry' }));
    expect(await retry).toEqual({ id: 'slow' });
    expect(await slow).toEqual({ id: 'slow' });
    expect(t.calls()).toBe(1);
  });

  it('is CONFLICT for the same key with another input or operation, while pending and after', async () => {
    const t = setup();
    const pending = t.as('alice').run(call('k', { coins: '1' }), t.send({}, 100));
    expect(await codeOf(t.as('alice').run(call('k', { coins: '2' }), t.send()))).toBe('CONFLICT');
    await pending;
    expect(await codeOf(t.as('alice').run(call('k', { coins: '2' }), t.send()))).toBe('CONFLICT');
    expect(await codeOf(t.as('alice').run(call('k', { coins: '1' }, 'requestCashout'), t.send()))).toBe('CONFLICT');
    expect(t.calls()).toBe(1);
  });

  it('treats inputs that differ only in key order as the same input', async () => {
    const t = setup();
    await t.as('alice').run(call('k', { a: 1, b: { c: 2, d: 3 } }), t.send());
    await t.as('alice').run(call('k', { b: { d: 3, c: 2 }, a: 1 }), t.send());
    expect(t.calls()).toBe(1);
  });

  it('keeps callers apart: the same key from another ticket is another request', async () => {
    const t = setup();
    await t.as('alice').run(call('shared-key'), t.send());
    await t.as('bob').run(call('shared-key'), t.send());
    expect(t.calls()).toBe(2);
  });

  it('frees the key after a failure that proves nothing happened (a 4xx), so a retry is sent', async () => {
    const t = setup();
    const refused = () => Promise.reject(new GatewayError('Not enough coins', ErrorCode.BadUserInput));
    expect(await codeOf(t.as('alice').run(call('k'), refused))).toBe('BAD_USER_INPUT');
    expect(await t.as('alice').run(call('k'), t.send({ id: 'ok' }))).toEqual({ id: 'ok' });
  });

  it('keeps a failure that may have moved money (a timeout, a bug) and replays it without sending', async () => {
    const t = setup();
    const timeout = () => Promise.reject(new GatewayError('slow', ErrorCode.UpstreamTimeout, { upstream: { service: 'payments' } }));
    expect(await codeOf(t.as('alice').run(call('k'), timeout))).toBe('UPSTREAM_TIMEOUT');
    const replay = await t.as('alice').run(call('k'), t.send()).catch((err: GraphQLError) => err);
    expect(replay).toBeInstanceOf(GraphQLError);
    expect((replay as GraphQLError).extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: { service: 'payments' } });
    expect((replay as GraphQLError).message).toMatch(/may or may not have taken effect/);
    expect(await codeOf(t.as('alice').run(call('k-bug'), () => Promise.reject(new Error('boom'))))).toBeInstanceOf(Error);
    expect(await codeOf(t.as('alice').run(call('k-bug'), t.send()))).toBe('INTERNAL_SERVER_ERROR');
    expect(t.calls()).toBe(0);
  });

  it('never sends a retry after a request that died between claim and result: "may or may not" once its marker is stale', async () => {
    const t = setup(new MemoryIdempotencyStore(), { ...TIMINGS, waitMs: 100 });
    const input = { coins: '1' };
    // Requests that claimed the key and died: their markers are never settled.
    const dead = (t0: number) => encodeRecord({ s: 'pending', f: fingerprintOf('alice', 'transferToEthereum', input), o: 'dead', t: t0 });
    await t.store.claim(slotOf('alice', 'fresh'), dead(Date.now()), TIMINGS.retentionMs);
    await t.store.claim(slotOf('alice', 'stale'), dead(Date.now() - TIMINGS.staleAfterMs - 1), TIMINGS.retentionMs);
    const young = await t.as('alice').run(call('fresh', input), t.send()).catch((e: GraphQLError) => e);
    expect((young as GraphQLError).message).toMatch(/in progress/);
    const old = await t.as('alice').run(call('stale', input), t.send()).catch((e: GraphQLError) => e);
    expect((old as GraphQLError).extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((old as GraphQLError).message).toMatch(/may or may not have taken effect/);
    expect(t.calls()).toBe(0);
    expect(t.metrics.get('gateway_idempotency_total', { operation: 'transferToEthereum', outcome: 'stale' })).toBe(1);
  });

  it('answers without waiting for the result to be stored, and a retry that overtakes the write waits for it', async () => {
    const inner = new MemoryIdempotencyStore();
    let storeResult = (): void => undefined;
    const slowSettle: IdempotencyStore = Object.assign(Object.create(inner) as MemoryIdempotencyStore, {
      settle: (key: string, value: string, ttlMs: number) =>
        new Promise<void>((resolve) => {
          storeResult = () => void inner.settle(key, value, ttlMs).then(resolve);
        }),
    });
    const t = setup(slowSettle);
    expect(await t.as('alice').run(call('k'), t.send({ id: 'first' }))).toEqual({ id: 'first' });
    const retry = t.as('alice').run(call('k'), t.send({ id: 'second' }));
    await sleep(80);
    storeResult();
    expect(await retry).toEqual({ id: 'first' });
    expect(t.calls()).toBe(1);
  });

  it('still answers a result the store cannot keep, and a retry is never sent again', async () => {
    const broken: IdempotencyStore = Object.assign(new MemoryIdempotencyStore(), {
      settle: () => Promise.reject(new Error('connection reset')),
    });
    const t = setup(broken, { ...TIMINGS, waitMs: 100 });
    expect(await t.as('alice').run(call('k'), t.send({ id: 'first' }))).toEqual({ id: 'first' });
    expect(await codeOf(t.as('alice').run(call('k'), t.send()))).toBe('CONFLICT');
    expect(t.calls()).toBe(1);
    await sleep(250);
    expect(t.metrics.get('gateway_idempotency_store_errors_total', { step: 'settle' })).toBe(3);
  });

  it('answers CONFLICT (still in progress) when the first request outlasts the wait', async () => {
    const t = setup(new MemoryIdempotencyStore(), { ...TIMINGS, waitMs: 100 });
    const slow = t.as('alice').run(call('k'), t.send({}, 400));
    const err = await t.as('alice').run(call('k'), t.send()).catch((e: GraphQLError) => e);
    expect((err as GraphQLError).extensions.code).toBe('CONFLICT');
    expect((err as GraphQLError).message).toMatch(/in progress/);
    await slow;
    expect(t.calls()).toBe(1);
  });

  it('refuses malformed keys and a keyed call without a session ticket before anything else', async () => {
    const t = setup();
    for (const key of ['', 'has space', 'x'.repeat(256), 'clé', 'line\nbreak']) {
      expect(await codeOf(t.as('alice').run(call(key), t.send())), JSON.stringify(key)).toBe('BAD_USER_INPUT');
    }
    expect(await codeOf(t.as(undefined).run(call('k'), t.send()))).toBe('UNAUTHENTICATED');
    expect(t.calls()).toBe(0);
    expect(await t.as('alice').run(call('x'.repeat(255)), t.send({ ok: true }))).toEqual({ ok: true });
  });

  it('fails closed: a store that cannot answer refuses the call, which is never sent', async () => {
    const broken: IdempotencyStore = Object.assign(new MemoryIdempotencyStore(), {
      claim: () => Promise.reject(new Error('connection refused')),
    });
    const t = setup(broken);
    expect(await codeOf(t.as('alice').run(call('k'), t.send()))).toBe('UPSTREAM_UNAVAILABLE');
    expect(t.calls()).toBe(0);
  });
});
