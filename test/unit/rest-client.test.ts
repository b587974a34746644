import { RequestError, type Got } from 'got';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CallerVerdicts } from '../../src/cache/caller-verdicts.js';
import { MemoryStore } from '../../src/cache/memory.store.js';
import { SharedCache } from '../../src/cache/shared-cache.js';
import { loadConfig } from '../../src/config.js';
import { CircuitBreaker } from '../../src/datasources/rest/circuit-breaker.js';
import type { Endpoint } from '../../src/datasources/rest/endpoint.js';
import { createUpstreamClient } from '../../src/datasources/rest/http-client.js';
import { RestClient } from '../../src/datasources/rest/rest-client.js';
import { MIN_ATTEMPT_MS } from '../../src/datasources/rest/retry-policy.js';
import { SessionTicketAuth } from '../../src/datasources/rest/upstream-auth.js';
import { anything } from '../../src/lib/guard.js';
import type { Logger } from '../../src/lib/logger.js';
import { Metrics } from '../../src/lib/metrics.js';
import { sendForever, startLocalServer } from '../helpers/local-server.js';

const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const endpoint: Endpoint = { name: 'getThing', method: 'GET', path: '/thing', timeoutMs: 1000, retries: 0, kind: 'read', accept: anything };

/** A client whose every call fails the way `fail` says (or answers), and a breaker that opens on the first failure. */
function clientFailingWith(fail: () => never, deadlineMs = 30_000, threshold = 1, client: Got = ((() => fail()) as unknown) as Got) {
  const metrics = new Metrics();
  const breaker = new CircuitBreaker('payments', threshold, 60_000, metrics);
  const cache = new SharedCache(new MemoryStore(), metrics);
  const deps = {
    upstream: { name: 'payments', client, breaker },
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
  return { rest, breaker, metrics, deadline: deps.deadline };
}

/** The same, over a real upstream at `url`. */
function clientOf(url: string, deadlineMs = 30_000, threshold = 100) {
  const unused = (): never => {
    throw new Error('unused');
  };
  return clientFailingWith(unused, deadlineMs, threshold, createUpstreamClient(url));
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
    // A real upstream that takes 150 ms to answer.
    const server = await startLocalServer((_req, res) => {
      sent++;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 150);
    });
    try {
      // A budget the first call surely fits in, then spent down to less than an attempt needs:
      // late timers only leave less of it, so the second call can never slip out.
      const { rest, deadline } = clientOf(server.url, 1000, 1);
      const client = rest();
      expect(await client.read(endpoint, { query: { n: 1 } })).toEqual({});
      const spentAt = deadline - MIN_ATTEMPT_MS / 2;
      while (Date.now() < spentAt) await new Promise((r) => setTimeout(r, spentAt - Date.now()));
      const err = (await client.read(endpoint, { query: { n: 2 } }).catch((e: unknown) => e)) as GraphQLError;
      expect(err.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', upstream: { service: 'payments' } });
      expect(err.message).toMatch(/budget/);
      expect(sent).toBe(1);
    } finally {
      await server.close();
    }
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

describe('RestClient and an answer too long to read', () => {
  it('cuts an endless 200 off past 32 MB: UPSTREAM_UNAVAILABLE, counted as malformed; an endless 503 keeps its status', async () => {
    // A real upstream that never stops sending; each path answers with its own status.
    const server = await startLocalServer((req, res) => {
      res.writeHead(req.url?.startsWith('/thing') ? 200 : 503, { 'content-type': 'application/json' });
      sendForever(res);
    });
    try {
      const { rest, metrics } = clientOf(server.url);
      const err = (await rest().read(endpoint).catch((e: unknown) => e)) as GraphQLError;
      expect(err.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 200 } });
      expect(metrics.get('gateway_upstream_requests_total', { service: 'payments', endpoint: 'getThing', outcome: 'malformed' })).toBe(1);
      const failing = (await rest().read({ ...endpoint, name: 'getOther', path: '/other' }).catch((e: unknown) => e)) as GraphQLError;
      expect(failing.extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', status: 503 } });
      expect(metrics.get('gateway_upstream_requests_total', { service: 'payments', endpoint: 'getOther', outcome: '503' })).toBe(1);
    } finally {
      await server.close();
    }
  });
});
