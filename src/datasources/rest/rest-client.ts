import DataLoader from 'dataloader';
import type { CallerVerdicts } from '../../cache/caller-verdicts.js';
import type { SharedCache } from '../../cache/shared-cache.js';
import type { Config } from '../../config.js';
import { isCallerSpecific } from '../../errors/caller-specific.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import { callKey, type CallArgs, type Endpoint, type RestCall } from './endpoint.js';
import { isUpstreamAlive, isUpstreamFailure, outcomeLabel, type Outcome } from './outcome.js';
import type { Upstream } from './upstream.js';
import type { UpstreamAuth } from './upstream-auth.js';
import { callUpstream, prepareRequest, type CallResult } from './upstream-call.js';

/** Process-wide things a per-request client borrows. */
export interface RestDeps {
  upstream: Upstream;
  cache: SharedCache;
  verdicts: CallerVerdicts;
  metrics: Metrics;
  logger: Logger;
  config: Config;
  /** The GraphQL request this client serves; sent upstream as `x-request-id`. */
  requestId: string;
}

/**
 * One upstream, for one GraphQL request (or WebSocket operation), with the caller's
 * credentials. Domain datasources call {@link read} and {@link write} with an endpoint row.
 *
 * Every read goes through a per-request DataLoader keyed by method, path, query and body,
 * so one operation asks each endpoint once however many fields need it; writes are never
 * memoised and empty that memo, since what was read may have changed.
 */
export class RestClient {
  private readonly reads: DataLoader<RestCall, unknown, string>;

  constructor(
    private readonly deps: RestDeps,
    private readonly auth: UpstreamAuth,
  ) {
    this.reads = new DataLoader((calls) => Promise.all(calls.map((call) => this.load(call).catch(asError))), {
      cacheKeyFn: callKey,
    });
  }

  /** A read: memoised for this request, and shared across requests when the endpoint says so. */
  read<T>(endpoint: Endpoint<T>, args: CallArgs = {}): Promise<T> {
    return this.reads.load({ endpoint, ...args }) as Promise<T>;
  }

  /** A write: sent once, never retried, never memoised. */
  async write<T>(endpoint: Endpoint<T>, args: CallArgs = {}): Promise<T> {
    try {
      return (await this.send({ endpoint, ...args })) as T;
    } finally {
      this.reads.clearAll();
    }
  }

  private load(call: RestCall): Promise<unknown> {
    return call.endpoint.shared ? this.sharedRead(call) : this.send(call);
  }

  /**
   * A read of an answer that is the same for everyone. It comes from the shared cache only
   * for a caller the upstream recently accepted for it; anyone else is sent to the
   * upstream (whose answer refreshes the cache), so a made-up ticket is refused whether
   * the cache is warm or cold.
   */
  private async sharedRead(call: RestCall): Promise<unknown> {
    const policy = call.endpoint.shared!;
    const ttl = this.deps.config[policy.ttl];
    const caller = this.auth.callerKey();
    const scope = `${this.deps.upstream.name}:${call.endpoint.name}`;
    const load = async (): Promise<unknown> => {
      const value = await this.send(call);
      this.deps.verdicts.accept(scope, caller);
      return value;
    };
    if (await this.deps.verdicts.isAccepted(scope, caller)) {
      return this.deps.cache.getOrLoad(policy.key, ttl, load, { isCallerSpecific });
    }
    return this.deps.cache.refresh(policy.key, ttl, `${policy.key} ${caller}`, load);
  }

  /** One upstream call: prepare, authenticate, pass the circuit, send, judge, record. */
  private async send(call: RestCall): Promise<unknown> {
    const { upstream, config, requestId } = this.deps;
    const started = performance.now();
    let result: CallResult = { outcome: { kind: 'not_sent' }, error: new Error('not sent') };
    let admitted = false;
    try {
      const request = prepareRequest(call, requestId, config.upstreamTimeoutCapMs);
      const search = request.options.searchParams;
      await this.auth.apply(request.headers, { method: call.endpoint.method, path: `/${request.url}${search ? `?${String(search)}` : ''}` });
      try {
        upstream.breaker.admit();
        admitted = true;
      } catch (err) {
        result = { outcome: { kind: 'circuit_open' }, error: err as Error };
        throw err;
      }
      result = await callUpstream(upstream, call.endpoint, request, {
        secrets: this.auth.secrets(),
        ...(call.endpoint.userErrors && { userErrors: call.endpoint.userErrors }),
      });
      if ('error' in result) throw result.error;
      return result.value;
    } finally {
      this.record(call.endpoint, result.outcome, started, admitted);
    }
  }

  private record(endpoint: Endpoint, outcome: Outcome, started: number, admitted: boolean): void {
    const { upstream, metrics, logger, requestId } = this.deps;
    if (isUpstreamFailure(outcome)) upstream.breaker.failed();
    else if (isUpstreamAlive(outcome)) upstream.breaker.succeeded();
    // Admitted (perhaps as the trial call) but never sent: free the circuit's trial slot.
    else if (admitted) upstream.breaker.abandoned();
    const label = outcomeLabel(outcome);
    metrics.inc('gateway_upstream_requests_total', { service: upstream.name, endpoint: endpoint.name, outcome: label });
    logger.debug('upstream call', {
      requestId,
      service: upstream.name,
      endpoint: endpoint.name,
      outcome: label,
      ms: Math.round(performance.now() - started),
    });
  }
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
