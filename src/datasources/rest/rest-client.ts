import DataLoader from 'dataloader';
import { verdictScope, type CallerVerdicts } from '../../cache/caller-verdicts.js';
import type { SharedCache } from '../../cache/shared-cache.js';
import type { Config } from '../../config.js';
import { isCallerSpecific } from '../../errors/caller-specific.js';
import { ErrorCode } from '../../errors/error-codes.js';
import { GatewayError } from '../../errors/gateway-errors.js';
import type { Logger } from '../../lib/logger.js';
import type { Metrics } from '../../lib/metrics.js';
import type { RequestTally } from '../../lib/request-tally.js';
import { buildPath, buildQuery, callKey, type CallArgs, type Endpoint, type RestCall, type Stamped } from './endpoint.js';
import { isUpstreamAlive, isUpstreamFailure, NOT_SENT, outcomeLabel, type Outcome } from './outcome.js';
import type { Upstream } from './upstream.js';
import type { UpstreamAuth } from './upstream-auth.js';
import { isRetriable, MAX_READ_RETRIES, MIN_ATTEMPT_MS, retryDelayMs } from './retry-policy.js';
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
  /** The operation's running count of upstream calls. */
  tally: RequestTally;
  /** When the operation's time budget runs out (epoch ms; Infinity for a subscription's life). */
  deadline: number;
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
      // Note: a stamped row's answer has another shape than an unstamped read of the same URL.
      cacheKeyFn: (call) => (call.endpoint.shared?.stamped ? `stamped ${callKey(call)}` : callKey(call)),
    });
  }

  /** A read: memoised for this request, and shared across requests when the endpoint says so. */
  read<T>(endpoint: Endpoint<T>, args: CallArgs = {}): Promise<T> {
    return this.reads.load({ endpoint, ...args }) as Promise<T>;
  }

  /** A read of an endpoint whose shared policy is `stamped`: the answer and when the gateway read it. */
  readStamped<T>(endpoint: Endpoint<T> & { shared: { stamped: true } }, args: CallArgs = {}): Promise<Stamped<T>> {
    return this.reads.load({ endpoint, ...args }) as Promise<Stamped<T>>;
  }

  /** The caller's credentials as a hash, for keys of what is remembered per caller (throws UNAUTHENTICATED without any). */
  callerKey(): string {
    return this.auth.callerKey();
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
    // One entry per distinct call (a coin price per currency); the call's text is only ids and query values.
    const key = sharedKey(policy.key, call);
    const caller = this.auth.callerKey();
    const scope = verdictScope(this.deps.upstream.name, call.endpoint.name);
    const load = async (): Promise<unknown> => {
      const value = await this.send(call);
      this.deps.verdicts.accept(scope, caller);
      return policy.stamped ? { value, readAt: new Date().toISOString() } : value;
    };
    if (await this.deps.verdicts.isAccepted(scope, caller)) {
      return this.deps.cache.getOrLoad(key, ttl, load, { isCallerSpecific });
    }
    return this.deps.cache.refresh(key, ttl, `${key} ${caller}`, load);
  }

  /**
   * One upstream call, retried (reads only, at most twice, never after a timeout) while
   * the operation's budget allows; every attempt is judged by the circuit and metered.
   */
  private async send(call: RestCall): Promise<unknown> {
    const retries = call.endpoint.kind === 'read' ? Math.min(call.endpoint.retries, MAX_READ_RETRIES) : 0;
    for (let attempt = 0; ; attempt++) {
      const result = await this.attempt(call);
      if ('value' in result) return result.value;
      const delay = attempt < retries && isRetriable(result.outcome) ? retryDelayMs(attempt + 1, result.retryAfterMs) : undefined;
      if (delay === undefined || Date.now() + delay + MIN_ATTEMPT_MS > this.deps.deadline) throw result.error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  /** One attempt: prepare, authenticate, pass the circuit, send, judge, record. */
  private async attempt(call: RestCall): Promise<CallResult> {
    const { upstream, config, requestId, deadline } = this.deps;
    const started = performance.now();
    // Note: every path below sets the result; this one is never read, and has no Error
    // (capturing a stack on each of the home screen's four calls was measurable).
    let result: CallResult = { outcome: NOT_SENT, value: undefined };
    let admitted = false;
    try {
      const remaining = deadline - Date.now();
      if (remaining < MIN_ATTEMPT_MS) return (result = { outcome: NOT_SENT, error: budgetSpent(upstream.name) });
      const timeoutMs = Math.min(call.endpoint.timeoutMs, config.upstreamTimeoutCapMs, remaining);
      const request = prepareRequest(call, requestId, timeoutMs);
      const search = request.options.searchParams;
      await this.auth.apply(request.headers, { method: call.endpoint.method, path: `/${request.url}${search ? `?${String(search)}` : ''}` });
      try {
        upstream.breaker.admit();
        admitted = true;
      } catch (err) {
        return (result = { outcome: { kind: 'circuit_open' }, error: err as Error });
      }
      return (result = await callUpstream(upstream, call.endpoint, request, {
        secrets: this.auth.secrets(),
        ...(call.endpoint.userErrors && { userErrors: call.endpoint.userErrors }),
      }));
    } catch (err) {
      // Preparing refused the call (a bad path parameter, no credentials): nothing was sent.
      return (result = { outcome: NOT_SENT, error: err as Error });
    } finally {
      this.record(call.endpoint, result.outcome, started, admitted);
    }
  }

  private record(endpoint: Endpoint, outcome: Outcome, started: number, admitted: boolean): void {
    const { upstream, metrics, logger, requestId, tally } = this.deps;
    if (isUpstreamFailure(outcome)) upstream.breaker.failed();
    else if (isUpstreamAlive(outcome)) upstream.breaker.succeeded();
    // Admitted (perhaps as the trial call) but never sent: free the circuit's trial slot.
    else if (admitted) upstream.breaker.abandoned();
    const label = outcomeLabel(outcome);
    const ms = performance.now() - started;
    const labels = { service: upstream.name, endpoint: endpoint.name, outcome: label };
    metrics.inc('gateway_upstream_requests_total', labels);
    if (admitted) {
      tally.upstreamCalls++;
      metrics.observe('gateway_upstream_request_duration_seconds', labels, ms / 1000);
    }
    if (logger.debugEnabled !== false) logger.debug('upstream call', { requestId, ...labels, ms: Math.round(ms) });
  }
}

/** The shared-cache key of a call: the policy's key, and the call's path and query when it has any. */
function sharedKey(base: string, call: RestCall): string {
  const query = buildQuery(call.query);
  const path = call.params ? buildPath(call.endpoint, call.params) : '';
  return path || query ? `${base}:${path}?${query}` : base;
}

/** The refusal of a call the operation no longer has time for: fail fast, send nothing. */
function budgetSpent(service: string): GatewayError {
  return new GatewayError("The operation's time budget is spent; this upstream call was not made.", ErrorCode.UpstreamTimeout, { upstream: { service } });
}

function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
