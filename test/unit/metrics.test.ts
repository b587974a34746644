import { describe, expect, it } from 'vitest';
import { Metrics } from '../../src/lib/metrics.js';

/** One sample line of the Prometheus text format: name, optional {labels}, value. */
const SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\[\\"n])*")*\})? -?[0-9.e+]+$/;

function samples(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
}

describe('Metrics counters', () => {
  it('starts at 0 and adds 1 by default', () => {
    const metrics = new Metrics();
    expect(metrics.get('x_total')).toBe(0);
    metrics.inc('x_total');
    metrics.inc('x_total');
    expect(metrics.get('x_total')).toBe(2);
  });

  it('adds `by`', () => {
    const metrics = new Metrics();
    metrics.inc('bytes_total', {}, 512);
    metrics.inc('bytes_total', {}, 8);
    expect(metrics.get('bytes_total')).toBe(520);
  });

  it('counts each label set separately', () => {
    const metrics = new Metrics();
    metrics.inc('cache_total', { result: 'hit' });
    metrics.inc('cache_total', { result: 'hit' });
    metrics.inc('cache_total', { result: 'miss' });
    expect(metrics.get('cache_total', { result: 'hit' })).toBe(2);
    expect(metrics.get('cache_total', { result: 'miss' })).toBe(1);
    expect(metrics.get('cache_total')).toBe(0);
    expect(metrics.get('other_total', { result: 'hit' })).toBe(0);
  });

  it('treats the same labels given in another order as the same series', async () => {
    const metrics = new Metrics();
    metrics.inc('up_total', { service: 'payments', outcome: 'ok' });
    metrics.inc('up_total', { outcome: 'ok', service: 'payments' });
    expect(metrics.get('up_total', { service: 'payments', outcome: 'ok' })).toBe(2);
    expect(samples(await metrics.render())).toHaveLength(1);
  });
});

describe('Metrics.render (Prometheus text, from prom-client)', () => {
  it('renders counters with HELP and TYPE lines and one line per series', async () => {
    const metrics = new Metrics();
    metrics.inc('gateway_cache_requests_total', { result: 'hit' }, 3);
    metrics.inc('gateway_cache_requests_total', { result: 'miss' });
    const text = await metrics.render();
    expect(text).toContain('# HELP gateway_cache_requests_total Shared-cache reads');
    expect(text).toContain('# TYPE gateway_cache_requests_total counter');
    expect(samples(text)).toEqual(['gateway_cache_requests_total{result="hit"} 3', 'gateway_cache_requests_total{result="miss"} 1']);
  });

  it('renders several labels and a counter without labels', async () => {
    const metrics = new Metrics();
    metrics.inc('gateway_upstream_requests_total', { service: 'payments', endpoint: 'billingPlans', outcome: 'ok' });
    metrics.inc('plain_total');
    const text = await metrics.render();
    expect(text).toContain('gateway_upstream_requests_total{service="payments",endpoint="billingPlans",outcome="ok"} 1\n');
    expect(text).toContain('# TYPE plain_total counter\nplain_total 1\n');
  });

  it('renders numeric label values as text', async () => {
    const metrics = new Metrics();
    metrics.inc('http_total', { status: 503 });
    expect(await metrics.render()).toContain('http_total{status="503"} 1');
    expect(metrics.get('http_total', { status: 503 })).toBe(1);
  });

  it('reads gauges at render time, every series of a name', async () => {
    const metrics = new Metrics();
    let inFlight = 2;
    metrics.gauge('gateway_http_requests_in_flight', () => inFlight);
    metrics.gauge('gateway_circuit_open', () => 1, { service: 'payments' });
    metrics.gauge('gateway_circuit_open', () => 0, { service: 'tickets' });
    expect(await metrics.render()).toContain('# TYPE gateway_http_requests_in_flight gauge\ngateway_http_requests_in_flight 2\n');
    inFlight = 5;
    const text = await metrics.render();
    expect(text).toContain('gateway_http_requests_in_flight 5\n');
    expect(text).toContain('gateway_circuit_open{service="payments"} 1\ngateway_circuit_open{service="tickets"} 0\n');
  });

  it('records histograms of durations', async () => {
    const metrics = new Metrics();
    metrics.observe('gateway_graphql_operation_duration_seconds', { operation: 'Plans', outcome: 'ok' }, 0.02);
    const text = await metrics.render();
    expect(text).toContain('gateway_graphql_operation_duration_seconds_bucket{le="0.025",operation="Plans",outcome="ok"} 1');
    expect(text).toContain('gateway_graphql_operation_duration_seconds_count{operation="Plans",outcome="ok"} 1');
  });

  it('exports the process metrics only when asked', async () => {
    expect(await new Metrics().render()).not.toMatch(/gateway_process_/);
    expect(await new Metrics(true).render()).toMatch(/gateway_process_resident_memory_bytes/);
  });

  it('keeps label values with quotes, backslashes and newlines on one valid line', async () => {
    const metrics = new Metrics();
    metrics.inc('odd_total', { endpoint: 'a"b\\c\nd}' });
    metrics.inc('odd_total', { endpoint: '" , evil="1' });
    const lines = samples(await metrics.render());
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(SAMPLE);
      expect(line).not.toContain('evil="1"');
    }
  });
});
