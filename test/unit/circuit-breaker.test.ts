import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CircuitBreaker } from '../../src/datasources/rest/circuit-breaker.js';
import { Metrics } from '../../src/lib/metrics.js';

describe('CircuitBreaker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function failTimes(breaker: CircuitBreaker, n: number): void {
    for (let i = 0; i < n; i++) {
      breaker.admit();
      breaker.failed();
    }
  }

  it('stays closed below the threshold, and a success resets the count', () => {
    const breaker = new CircuitBreaker('payments', 3, 1000, new Metrics());
    failTimes(breaker, 2);
    breaker.admit();
    breaker.succeeded();
    failTimes(breaker, 2);
    expect(() => breaker.admit()).not.toThrow();
  });

  it('opens after the threshold and refuses with UPSTREAM_UNAVAILABLE naming the service', async () => {
    const metrics = new Metrics();
    const breaker = new CircuitBreaker('payments', 3, 1000, metrics);
    failTimes(breaker, 3);
    let thrown: unknown;
    try {
      breaker.admit();
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toMatchObject({ extensions: { code: 'UPSTREAM_UNAVAILABLE', upstream: { service: 'payments', error: 'circuit open' } } });
    expect(metrics.get('gateway_circuit_opened_total', { service: 'payments' })).toBe(1);
    expect(await metrics.render()).toContain('gateway_circuit_open{service="payments"} 1');
  });

  it('lets exactly one trial call through after the open period; its success closes the circuit', () => {
    const breaker = new CircuitBreaker('payments', 2, 1000, new Metrics());
    failTimes(breaker, 2);
    vi.advanceTimersByTime(1001);
    breaker.admit();
    expect(() => breaker.admit()).toThrow(/circuit open/);
    breaker.succeeded();
    expect(() => breaker.admit()).not.toThrow();
  });

  it('opens again when the trial call fails', () => {
    const breaker = new CircuitBreaker('payments', 2, 1000, new Metrics());
    failTimes(breaker, 2);
    vi.advanceTimersByTime(1001);
    breaker.admit();
    breaker.failed();
    expect(() => breaker.admit()).toThrow(/circuit open/);
    vi.advanceTimersByTime(1001);
    expect(() => breaker.admit()).not.toThrow();
  });
});
