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

  it('treats the same labels given in another order as the same series', () => {
    const metrics = new Metrics();
    metrics.inc('up_total', { service: 'payments', outcome: 'ok' });
    metrics.inc('up_total', { outcome: 'ok', service: 'payments' });
    expect(metrics.get('up_total', { service: 'payments', outcome: 'ok' })).toBe(2);
    expect(samples(metrics.render())).toHaveLength(1);
  });
});

describe('Metrics.render', () => {
  it('renders counters with a TYPE line and one line per series', () => {
    const metrics = new Metrics();
    metrics.inc('gateway_cache_requests_total', { result: 'hit' }, 3);
    metrics.inc('gateway_cache_requests_total', { result: 'miss' });
    expect(metrics.render()).toBe(
      [
        '# TYPE gateway_cache_requests_total counter',
        'gateway_cache_requests_total{result="hit"} 3',
        'gateway_cache_requests_total{result="miss"} 1',
        '',
      ].join('\n'),
    );
  });

  it('renders several labels and a counter without labels', () => {
    const metrics = new Metrics();
    metrics.inc('gateway_upstream_requests_total', { service: 'payments', endpoint: 'billingPlans', outcome: 'ok' });
    metrics.inc('plain_total');
    const text = metrics.render();
    // Labels print sorted by name, whatever order the caller gave them in.
    expect(text).toContain('gateway_upstream_requests_total{endpoint="billingPlans",outcome="ok",service="payments"} 1\n');
    expect(text).toContain('# TYPE plain_total counter\nplain_total 1\n');
  });

  it('renders numeric label values as text', () => {
    const metrics = new Metrics();
    metrics.inc('http_total', { status: 503 });
    expect(metrics.render()).toContain('http_total{status="503"} 1');
    expect(metrics.get('http_total', { status: 503 })).toBe(1);
  });

  it('reads gauges at render time', () => {
    const metrics = new Metrics();
    let inFlight = 2;
    metrics.gauge('gateway_http_requests_in_flight', () => inFlight);
    expect(metrics.render()).toContain('# TYPE gateway_http_requests_in_flight gauge\ngateway_http_requests_in_flight 2\n');
    inFlight = 5;
    expect(metrics.render()).toContain('gateway_http_requests_in_flight 5\n');
  });

  it('renders only a newline when there is nothing', () => {
    expect(new Metrics().render()).toBe('\n');
  });

  it('keeps label values with quotes, backslashes and newlines on one valid line', () => {
    const metrics = new Metrics();
    metrics.inc('odd_total', { endpoint: 'a"b\\c\nd}' });
    metrics.inc('odd_total', { endpoint: '" , evil="1' });
    const lines = samples(metrics.render());
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(SAMPLE);
      expect(line).not.toContain('evil="1"');
    }
  });

  it('renders every line in the exposition format', () => {
    const metrics = new Metrics();
    metrics.inc('a_total', { x: 'y' });
    metrics.inc('b_total');
    metrics.gauge('c', () => 0);
    const text = metrics.render();
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.trimEnd().split('\n')) {
      if (line.startsWith('#')) expect(line).toMatch(/^# TYPE [a-zA-Z_:][a-zA-Z0-9_:]* (counter|gauge)$/);
      else expect(line).toMatch(SAMPLE);
    }
  });
});
