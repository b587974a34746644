import { RequestError, type Got } from 'got';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CallerVerdicts } from '../../src/cache/caller-verdicts.js';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { SharedCache } from '../../src/cache/shared-cache.js';
import { loadConfig } from '../../src/config.js';
import { CircuitBreaker } from '../../src/datasources/rest/circuit-breaker.js';
import type { Endpoint } from '../../src/datasources/rest/endpoint.js';
import { RestClient } from '../../src/datasources/rest/rest-client.js';
import { SessionTicketAuth } from '../../src/datasources/rest/upstream-auth.js';
import { anything } from '../../src/lib/guard.js';
import type { Logger } from '../../src/lib/logger.js';
import { Metrics } from '../../src/lib/metrics.js';

const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const endpoint: Endpoint = { name: 'getThing', method: 'GET', path: '/thing', timeoutMs: 1000, retries: 0, kind: 'read', accept: anything };

/** A client whose every call fails the way `fail` says (or answers), and a breaker that opens on the first failure. */
function clientFailingWith(fail: () => never, deadlineMs = 30_000, threshold = 1) {
  const metrics = new Metrics();
  const breaker = new CircuitBreaker('payments', threshold, 60_000, metrics);
  const cache = new SharedCache(new MemoryStore(), metrics);
  const deps = {
    upstream: { name: 'payments', client: ((() => fail()) as unknown) as Got, breaker },
    cache,
    verdicts: new CallerVerdicts(cache, 60),
    metrics,
    logger: silent,
    config: loadConfig({ PAYMENTS_API_URL: 'http://x', TICKETS_API_URL: 'http://x', TICKETS_CLIENT_ID: 'c', TICKETS_CLIENT_SECRET: 's' }),
    requestId: 'req-1',
    tally: { upstreamCalls: 0 },
    deadline: Date.now() + deadlineMs,
  };
  const rest = () => new RestClient(deps, new SessionTicketAuth({ sessionTicket: 'demo-user' }));
  return { rest, breaker, metrics };
}

describe('RestClient and the circuit breaker', () => {
  it('does not count a request got refused to send (an illegal header: our side) against the upstream', async () => {
    const { rest, breaker, metrics } = clientFailingWith(() => {
      throw new RequestError('Invalid character in header content ["authenticateit_identity_ticket"]', { code: 'ERR_INVALID_CHAR' }, {} as never);
    });
    for (let i = 0; i < 5; i++) {
      const err = await rest().read(endpoint).catch((e: unknown) => e);
      // Not a client-facing GraphQLError: the masker logs it and answers INTERNAL_SERVER_ERROR.
      expect(err).not.toBeInstanceOf(GraphQLError);
    }
    expect(() => breaker.admit()).not.toThrow();
    expect(metrics.get('gateway_upstream_requests_total', { service: 'payments', endpoint: 'getThing', outcome: 'not_sent' })).toBe(5);
  });

  it('counts a refused connection, so that a dead upstream does open the circuit', async () => {
    const { rest, breaker } = clientFailingWith(() => {
      throw new RequestError('connect ECONNREFUSED', { code: 'ECONNREFUSED' }, {} as never);
    });
    const err = (await rest().read(endpoint).catch((e: unknown) => e)) as GraphQLError;
    expect(err.extensions.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(() => breaker.admit()).toThrow(/circuit open/);
  });

  it('frees the trial slot of a half-open circuit when the trial call is never sent', async () => {
    let mode: 'refused' | 'invalid' = 'refused';
    const { rest, breaker } = clientFailingWith(() => {
      throw new RequestError('x', { code: mode === 'refused' ? 'ECONNREFUSED' : 'ERR_INVALID_CHAR' }, {} as never);
    });
    await rest().read(endpoint).catch(() => {});
    // Open for 60 s; move past it by hand.
    (breaker as unknown as { openUntil: number }).openUntil = Date.now() - 1;
    mode = 'invalid';
    await rest().read(endpoint).catch(() => {});
    // The trial was abandoned, not left "in flight" forever: the next call may try again.
    (breaker as unknown as { openUntil: number }).openUntil = Date.now() - 1;
    expect(() => breaker.admit()).not.toThrow();
  });
});

describe('RestClient and the operation budget', () => {
  it('fails a call fast once the budget is spent: UPSTREAM_TIMEOUT, and nothing sent', async () => {
    let sent = 0;
    const slow = (() => {
      sent++;
      return new Promise((resolve) => setTimeout(() => resolve({ statusCode: 200, body: '{}' }), 150));
    }) as unknown as () => never;
    const { rest } = clientFailingWith(slow, 200);
    const client = rest();
    expect(await client.read(endpoint, { query: { n: 1 } })).toEqual({});
    // 150 ms of a 200 ms budget are gone: the next call does not go out.
    const err = (await client.read(endpoint, { query: { n: 2 } }).catch((e: unknown) => e)) as GraphQLError;
    expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: { service: 'payments' } });
    expect(err.message).toMatch(/budget/);
    expect(sent).toBe(1);
  });

  it('retries a refused connection at most twice for a read, and never for a write', async () => {
    let sent = 0;
    const { rest } = clientFailingWith(
      () => {
        sent++;
        throw new RequestError('connect ECONNREFUSED', { code: 'ECONNREFUSED' }, {} as never);
      },
      30_000,
      100,
    );
    await rest().read({ ...endpoint, retries: 5 }).catch(() => {});
    expect(sent).toBe(3);
    sent = 0;
    await rest().write({ ...endpoint, kind: 'write', method: 'POST', retries: 5 }).catch(() => {});
    expect(sent).toBe(1);
  });

  it('never retries after a timeout', async () => {
    let sent = 0;
    const { rest } = clientFailingWith(() => {
      sent++;
      const err = new RequestError('Timeout awaiting request', { code: 'ETIMEDOUT' }, {} as never);
      err.name = 'TimeoutError';
      throw err;
    });
    const err = (await rest().read({ ...endpoint, retries: 2 }).catch((e: unknown) => e)) as GraphQLError;
    expect(err.extensions.code).toBe('UPSTREAM_TIMEOUT');
    expect(sent).toBe(1);
  });
});
