import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Labels of one time series. */
export type Labels = Record<string, string | number>;

/** Help texts of the gateway's own series; a name missing here still works, with its name as help. */
const HELP: Record<string, string> = {
  gateway_upstream_requests_total: 'Upstream calls by service, endpoint and outcome (a status, or timeout, unreachable, circuit_open, not_sent, body_cut, malformed).',
  gateway_upstream_request_duration_seconds: 'Upstream call durations by service, endpoint and outcome.',
  gateway_cache_requests_total: 'Shared-cache reads by result (near, hit, miss, unavailable).',
  gateway_circuit_open: '1 while an upstream circuit is open.',
  gateway_circuit_opened_total: 'Times an upstream circuit opened.',
  gateway_circuit_rejections_total: 'Calls refused at once because a circuit was open.',
  gateway_graphql_operations_total: 'GraphQL operations by operation name, transport and outcome (ok, or the first error code).',
  gateway_graphql_operation_duration_seconds: 'GraphQL operation durations by operation name, transport and outcome.',
  gateway_http_requests_in_flight: 'HTTP requests being served.',
  gateway_websocket_subscriptions: 'Open GraphQL subscriptions over WebSocket.',
  gateway_websocket_operations: 'Open WebSocket operations (subscriptions, and queries and mutations in flight).',
  gateway_webhook_deliveries_total: 'Ticket webhook deliveries by outcome (stored, duplicate, ignored, refused, malformed, store_failed).',
  gateway_response_cache_requests_total: 'Response-cache lookups of public queries by result (hit; miss; unverified: stored, but the caller is not one the upstream accepted recently).',
  gateway_fast_lane_total: 'HTTP operations the fast lane took, by outcome (answered; handed_over: left to Apollo Server with what had run, or with a refusal).',
  gateway_documents_compiled_total: 'GraphQL documents compiled for execution (graphql-jit), by result (compiled, or unsupported: left to graphql-js).',
  gateway_redis_configured: '1 when REDIS_URL or REDIS_CLUSTER_NODES is set.',
  gateway_redis_up: '1 while the configured Redis answers.',
};

/** Seconds; from a cached answer (a few ms) to the longest upstream timeout. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The key of one series in the mirror: the label values in the order of `names`, which is
 * each metric's label names sorted once, so that the same labels given in another order are
 * the same series. Note: built by hand, since it runs once per upstream call and per
 * operation; values are JSON-quoted, so none can collide.
 */
function seriesKey(name: string, labels: Labels, names: readonly string[]): string {
  let key = name;
  for (const k of names) key += `|${k}=${JSON.stringify(String(labels[k]))}`;
  return key;
}

function sortedNames(labels: Labels): string[] {
  return Object.keys(labels).sort();
}

/**
 * The process's Prometheus metrics (prom-client), behind the small interface the rest of
 * the code uses: counters, histograms and gauges read at scrape time, created on first use.
 * Note: `get` answers from a mirror kept beside the counters, because prom-client reads
 * values only asynchronously and tests and readiness want them at once.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly counters = new Map<string, Counter>();
  private readonly histograms = new Map<string, Histogram>();
  private readonly gauges = new Map<string, Map<string, { labels: Labels; read: () => number }>>();
  private readonly values = new Map<string, number>();
  /** Each counter's label names, sorted once (prom-client wants the same names on every call). */
  private readonly labelNames = new Map<string, readonly string[]>();

  /** @param processMetrics also export the process's own (CPU, memory, event loop lag). */
  constructor(processMetrics = false) {
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'gateway_' });
  }

  /** Adds `by` to a counter. */
  inc(name: string, labels: Labels = {}, by = 1): void {
    let counter = this.counters.get(name);
    if (!counter) {
      counter = new Counter({ name, help: HELP[name] ?? name, labelNames: Object.keys(labels), registers: [this.registry] });
      this.counters.set(name, counter);
      this.labelNames.set(name, sortedNames(labels));
    }
    counter.inc(labels, by);
    const key = seriesKey(name, labels, this.labelNames.get(name)!);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }

  /** Records one observation (seconds, for durations) in a histogram. */
  observe(name: string, labels: Labels, value: number): void {
    let histogram = this.histograms.get(name);
    if (!histogram) {
      histogram = new Histogram({ name, help: HELP[name] ?? name, labelNames: Object.keys(labels), buckets: DURATION_BUCKETS, registers: [this.registry] });
      this.histograms.set(name, histogram);
    }
    histogram.observe(labels, value);
  }

  /** The current value of a counter, for tests and readiness. */
  get(name: string, labels: Labels = {}): number {
    return this.values.get(seriesKey(name, labels, this.labelNames.get(name) ?? sortedNames(labels))) ?? 0;
  }

  /** Registers a gauge series read at scrape time. */
  gauge(name: string, read: () => number, labels: Labels = {}): void {
    let series = this.gauges.get(name);
    if (!series) {
      const all = (series = new Map());
      this.gauges.set(name, all);
      new Gauge({
        name,
        help: HELP[name] ?? name,
        labelNames: Object.keys(labels),
        registers: [this.registry],
        collect() {
          for (const { labels: l, read: r } of all.values()) this.set(l, r());
        },
      });
    }
    series.set(seriesKey(name, labels, sortedNames(labels)), { labels, read });
  }

  /** Every series in the Prometheus text format. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** The content type of {@link render}'s text. */
  get contentType(): string {
    return this.registry.contentType;
  }
}
