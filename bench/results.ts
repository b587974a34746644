import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { computeRatios, formatCpuTable, formatProblems, formatRatios, formatTable, type Validation } from './report.js';
import { evaluateTargets, formatScale, formatTargets, scaleCurves } from './report-targets.js';
import type { Settings } from './settings.js';
import type { Summary } from './stats.js';
import type { UploadOutcome } from './upload.js';

/** Everything one run measured and concluded, as written to bench/results/latest.json. */
export interface RunResults {
  when: string;
  settings: Settings;
  machine: string;
  loadAverage: { before: string; after: string };
  notes: string[];
  summaries: Summary[];
  ratios: ReturnType<typeof computeRatios>;
  scale: Record<string, ReturnType<typeof scaleCurves>>;
  targets: ReturnType<typeof evaluateTargets>;
  upload: UploadOutcome | undefined;
  problems: Record<string, string[]>;
}

/** Puts the run's figures together: ratios, W6's curves per latency, the targets at the main latency. */
export function collect(
  base: Omit<RunResults, 'ratios' | 'scale' | 'targets' | 'problems'>,
  validation: Validation,
): RunResults {
  const main = base.settings.latencies[0] ?? 20;
  const problems: Record<string, string[]> = {};
  for (const [key, list] of validation) if (list.length > 0) problems[key] = list;
  return {
    ...base,
    ratios: computeRatios(base.summaries),
    scale: Object.fromEntries(base.settings.latencies.map((l) => [String(l), scaleCurves(base.summaries, l)])),
    targets: evaluateTargets(base.summaries, main, base.upload),
    problems,
  };
}

function describe(r: RunResults): string {
  const s = r.settings;
  return [
    `Last run: ${r.when}; ${s.durationSec} s per run (+${s.warmupSec} s unmeasured warm-up), ${s.connections} connections; ` +
      `SIM_LATENCY_MS=${s.latencies.join(' and ')}; rounds: ${s.rounds} for W1–W5 at ${s.latencies[0]} ms, ${s.scaleRounds} for W6 and W2-single, ${s.extraRounds} at other latencies; ` +
      `upstream: ${s.upstream === 'sim' ? 'sim/main.ts' : 'bench stub'}.`,
    `Machine: ${r.machine}. Load average (1, 5, 15 min) before: ${r.loadAverage.before}; after: ${r.loadAverage.after}.`,
    ...r.notes.map((note) => `Note: ${note}`),
  ].join('\n\n');
}

function uploadBlock(u: UploadOutcome): string {
  const f = (n: number): string => n.toFixed(0);
  return [
    `| contender | time per 50 MB upload (ms, each rep) | MB/s (median) | RSS rise (max, MB) |`,
    '| --- | --- | ---: | ---: |',
    `| ours | ${u.oursMs.map(f).join(', ')} | ${u.oursMBps.toFixed(1)} | ${u.oursRssRiseMb.toFixed(1)} (from ${u.oursRssBeforeMb.toFixed(0)}) |`,
    `| pipe | ${u.pipeMs.map(f).join(', ')} | ${u.pipeMBps.toFixed(1)} | ${u.pipeRssRiseMb.toFixed(1)} |`,
    '',
    `Throughput ours/pipe: ${u.throughputRatio.toFixed(2)}. The first upload after start (unmeasured warm-up) raised ours' RSS by ${u.oursFirstRssRiseMb.toFixed(1)} MB.${u.problems.length > 0 ? ` Problems: ${u.problems.join('; ')}` : ''}`,
  ].join('\n');
}

/** The generated block of bench/RESULTS.md (and what the run prints). */
export function formatResults(r: RunResults, validation: Validation, cores: number): string {
  const parts = [describe(r), '### Targets of issue 11 (this run)', formatTargets(r.targets)];
  for (const latency of r.settings.latencies) {
    parts.push(
      `### SIM_LATENCY_MS=${latency}: medians over rounds`,
      formatTable(r.summaries, validation, latency),
      `### SIM_LATENCY_MS=${latency}: ratios (req/s above 1, p99 below 1 and CPU/op above 1 favour ours)`,
      formatRatios(r.ratios, latency),
    );
    const curves = r.scale[String(latency)] ?? [];
    if (curves.length > 0) parts.push(`### SIM_LATENCY_MS=${latency}: W6, CPU per operation against N`, formatScale(curves));
    parts.push(`### SIM_LATENCY_MS=${latency}: CPU during the measured runs (share of one core; the machine has ${cores})`, formatCpuTable(r.summaries, latency));
  }
  if (r.upload) parts.push(`### Upload (SIM_LATENCY_MS=${r.settings.latencies[0]})`, uploadBlock(r.upload));
  const problems = formatProblems(validation);
  if (problems) parts.push('### Wrong answers found by the pre-run check', problems);
  return parts.join('\n\n');
}

/** Writes the run as JSON (`latest.json` for a full run, `smoke.json` otherwise) and returns the path. */
export function writeJson(dir: string, results: RunResults, full: boolean): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, full ? 'latest.json' : 'smoke.json');
  // Note: NaN is not JSON; it becomes null.
  writeFileSync(file, `${JSON.stringify(results, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`);
  return file;
}
