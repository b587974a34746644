import { ErrorCode } from '../../errors/error-codes.js';
import { GatewayError } from '../../errors/gateway-errors.js';
import type { Metrics } from '../../lib/metrics.js';

/**
 * One upstream's circuit, shared by every request of the process. After `threshold`
 * failures in a row (timeouts, refused connections, 5xx) it opens for `openMs`: calls
 * then fail at once with UPSTREAM_UNAVAILABLE instead of queueing on a dead upstream and
 * holding sockets, memory and clients' patience. Then one trial call goes through; its
 * success closes the circuit, its failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private trialInFlight = false;

  constructor(
    readonly service: string,
    private readonly threshold: number,
    private readonly openMs: number,
    private readonly metrics: Metrics,
  ) {
    metrics.gauge('gateway_circuit_open', () => (this.openUntil > 0 ? 1 : 0), { service });
  }

  /** Call before an upstream request: throws while the circuit is open. */
  admit(): void {
    if (this.openUntil === 0) return;
    if (Date.now() < this.openUntil || this.trialInFlight) {
      this.metrics.inc('gateway_circuit_rejections_total', { service: this.service });
      throw new GatewayError('The upstream is unavailable (circuit open); retry shortly.', ErrorCode.UpstreamUnavailable, {
        upstream: { service: this.service, error: 'circuit open' },
      });
    }
    this.trialInFlight = true;
  }

  /** The upstream answered (any status below 500). */
  succeeded(): void {
    this.failures = 0;
    this.openUntil = 0;
    this.trialInFlight = false;
  }

  /** An admitted call ended without telling anything about the upstream (it was never sent). */
  abandoned(): void {
    this.trialInFlight = false;
  }

  /** The upstream failed: timeout, no connection, or 5xx. */
  failed(): void {
    this.trialInFlight = false;
    this.failures++;
    if (this.failures >= this.threshold) {
      if (this.openUntil === 0) this.metrics.inc('gateway_circuit_opened_total', { service: this.service });
      this.openUntil = Date.now() + this.openMs;
    }
  }
}
