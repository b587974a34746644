import DataLoader from 'dataloader';
import { HTTPError, RequestError, type Got } from 'got';
import { GraphQLError } from 'graphql';
import type { SharedCache } from '../cache/shared-cache.js';
import { ErrorCode } from '../errors/error-codes.js';
import { parseLosslessJson } from '../lib/lossless-json.js';
import type { Logger } from '../lib/logger.js';
import type { Metrics } from '../server/metrics.js';
import type { CircuitBreaker } from './circuit-breaker.js';
import { buildPath, buildQuery, callKey, type RestCall } from './endpoint.js';
import type { UpstreamAuth } from './upstream-auth.js';
import { fromMalformedBody, fromTransportFailure, fromUpstreamResponse } from './upstream-error.js';

/** Process-wide things a per-request datasource borrows. */
export interface DataSourceDeps {
  client: Got;
  /** Upper bound on every endpoint's timeout. */
  timeoutCapMs: number;
  /** This upstream's circuit, shared by the process. */
  breaker: CircuitBreaker;
  /** The GraphQL request this datasource serves; sent upstream as `x-request-id`. */
  requestId: string;
  cache: SharedCache;
  metrics: Metrics;
  logger: Logger;
}

const RETRY_STATUS = [502, 503, 504];
const RETRY_ERRORS = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH'];

/** A failure that belongs to whoever's credentials were used, not to the data. */
export function isCallerSpecific(err: unknown): boolean {
  const code = err instanceof GraphQLError ? err.extensions.code : undefined;
  return code === ErrorCode.Unauthenticated || code === ErrorCode.Forbidden;
}

/**
 * Base of the per-request datasources: one instance per GraphQL request (or WebSocket
 * operation) carrying the caller's credentials, over the process-wide got client.
 *
 * Every read goes through a per-request DataLoader keyed by method, path, query and
 * body, so one operation asks each endpoint once however many fields need it; writes
 * are never memoised and empty that memo, since what was read may have changed.
 */
export abstract class RestDataSource {
  private readonly reads: DataLoader<RestCall, unknown, string>;

  protected constructor(
    protected readonly service: string,
    private readonly auth: UpstreamAuth,
    protected readonly deps: DataSourceDeps,
  ) {
    this.reads = new DataLoader((calls) => Promise.all(calls.map((call) => this.load(call).catch(asError))), {
      cacheKeyFn: callKey,
    });
  }

  /** A read: memoised for this request, and shared across requests when `call.shared` says so. */
  protected read<T>(call: RestCall): Promise<T> {
    return this.reads.load(call) as Promise<T>;
  }

  /** A write: sent once, never retried, never memoised. */
  protected async write<T>(call: RestCall): Promise<T> {
    try {
      return (await this.send(call)) as T;
    } finally {
      this.reads.clearAll();
    }
  }

  private async load(call: RestCall): Promise<unknown> {
    if (!call.shared) return this.send(call);
    this.auth.assertCredentials();
    return this.deps.cache.getOrLoad(call.shared.key, call.shared.ttlSeconds, () => this.send(call), { isCallerSpecific });
  }

  private async send(call: RestCall): Promise<unknown> {
    const { endpoint } = call;
    const path = buildPath(endpoint, call.params);
    const headers: Record<string, string> = { accept: 'application/json', 'x-request-id': this.deps.requestId };
    this.auth.apply(headers, { method: endpoint.method, path });
    const query = buildQuery(call.query);
    const hasBody = call.body !== undefined;
    if (hasBody) headers['content-type'] = 'application/json';
    const retries = endpoint.kind === 'read' ? endpoint.retries : 0;
    const started = performance.now();
    let outcome = 'error';
    try {
      this.deps.breaker.admit();
    } catch (err) {
      this.deps.metrics.inc('gateway_upstream_requests_total', { service: this.service, endpoint: endpoint.name, outcome: 'circuit_open' });
      throw err;
    }
    try {
      const response = await this.deps.client(path.slice(1), {
        method: endpoint.method,
        headers,
        ...(query && { searchParams: query }),
        ...(hasBody && { body: JSON.stringify(call.body) }),
        timeout: { request: Math.min(endpoint.timeoutMs, this.deps.timeoutCapMs) },
        retry: {
          limit: retries,
          methods: [endpoint.method],
          statusCodes: RETRY_STATUS,
          errorCodes: RETRY_ERRORS,
          calculateDelay: ({ computedValue }) => (computedValue === 0 ? 0 : 50),
        },
      });
      outcome = String(response.statusCode);
      let body: unknown = null;
      try {
        if (response.body !== '') body = parseLosslessJson(response.body);
      } catch {
        throw fromMalformedBody(this.service, response.statusCode);
      }
      if (call.accept && !call.accept(body)) throw fromMalformedBody(this.service, response.statusCode);
      return body;
    } catch (err) {
      throw this.translate(err, (o) => (outcome = o));
    } finally {
      if (outcome === 'timeout' || outcome === 'unreachable' || Number(outcome) >= 500) this.deps.breaker.failed();
      else this.deps.breaker.succeeded();
      this.deps.metrics.inc('gateway_upstream_requests_total', { service: this.service, endpoint: endpoint.name, outcome });
      this.deps.logger.debug('upstream call', {
        requestId: this.deps.requestId,
        service: this.service,
        endpoint: endpoint.name,
        outcome,
        ms: Math.round(performance.now() - started),
      });
    }
  }

  private translate(err: unknown, setOutcome: (o: string) => void): unknown {
    if (err instanceof GraphQLError) return err;
    if (err instanceof HTTPError) {
      setOutcome(String(err.response.statusCode));
      const retryAfter = err.response.headers['retry-after'];
      return fromUpstreamResponse(this.service, err.response.statusCode, String(err.response.body ?? ''), retryAfter);
    }
    if (err instanceof RequestError) {
      const timedOut = err.name === 'TimeoutError' || err.code === 'ETIMEDOUT';
      setOutcome(timedOut ? 'timeout' : 'unreachable');
      return fromTransportFailure(this.service, timedOut);
    }
    return err;
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
