/** Labels of one time series. */
export type Labels = Record<string, string | number>;

/**
 * Process-wide counters and gauges in Prometheus' text format, kept deliberately tiny:
 * no client library, no histograms yet, only what operators and tests read.
 */
export class Metrics {
  private readonly counters = new Map<string, Map<string, number>>();
  private readonly gauges = new Map<string, Map<string, () => number>>();

  /** Adds `by` to a counter. */
  inc(name: string, labels: Labels = {}, by = 1): void {
    let series = this.counters.get(name);
    if (!series) this.counters.set(name, (series = new Map()));
    const key = labelText(labels);
    series.set(key, (series.get(key) ?? 0) + by);
  }

  /** The current value of a counter, for tests and readiness. */
  get(name: string, labels: Labels = {}): number {
    return this.counters.get(name)?.get(labelText(labels)) ?? 0;
  }

  /** Registers a gauge read at scrape time. */
  gauge(name: string, read: () => number, labels: Labels = {}): void {
    let series = this.gauges.get(name);
    if (!series) this.gauges.set(name, (series = new Map()));
    series.set(labelText(labels), read);
  }

  /** Renders every series in the Prometheus exposition format. */
  render(): string {
    const lines: string[] = [];
    for (const [name, series] of this.counters) {
      lines.push(`# TYPE ${name} counter`);
      for (const [labels, value] of series) lines.push(`${name}${labels} ${value}`);
    }
    for (const [name, series] of this.gauges) {
      lines.push(`# TYPE ${name} gauge`);
      for (const [labels, read] of series) lines.push(`${name}${labels} ${read()}`);
    }
    return lines.join('\n') + '\n';
  }
}

function labelText(labels: Labels): string {
  // Sorted, so that the same labels given in another order are the same series.
  const keys = Object.keys(labels).sort();
  if (keys.length === 0) return '';
  return `{${keys.map((k) => `${k}="${String(labels[k]).replace(/["\\\n]/g, '_')}"`).join(',')}}`;
}
