import { readFileSync, writeFileSync } from 'node:fs';
import type { Summary } from './stats.js';
import { WORKLOADS } from './workloads.js';

export const ORDER = ['ours', 'naive', 'standard', 'limit'];

/** Validation outcome of one contender × workload × latency: what was wrong with the checked response (empty: correct). */
export type Validation = Map<string, string[]>;

/** The key of a contender × workload × latency in a Validation. */
export function validationKey(contender: string, workload: string, latencyMs: number): string {
  return `${contender}/${workload}@${latencyMs}ms`;
}

const BEGIN = '<!-- bench:results:begin -->';
const END = '<!-- bench:results:end -->';

/** A number with `digits` decimals, or n/a. */
export function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** "1.00 billing_plan + 0.02 billing_plans": per endpoint, by the last segment of its path. */
export function formatUpstream(perOp: Record<string, number>): string {
  const parts = Object.entries(perOp)
    .filter(([, n]) => n >= 0.005)
    .map(([route, n]) => `${n.toFixed(2)} ${route.split('/').filter(Boolean).slice(-2).join('/')}`);
  return parts.length > 0 ? parts.join(' + ') : '0';
}

/** Total upstream calls per operation. */
export function totalCalls(s: Summary): number {
  return Object.values(s.upstreamPerOp).reduce((a, b) => a + b, 0);
}

/** Workloads in their declared order, then ours, naive, standard, limit. */
function sortSummaries(summaries: Summary[]): Summary[] {
  const rank = (list: string[], item: string): number => (list.includes(item) ? list.indexOf(item) : list.length);
  const workloads = WORKLOADS.map((w) => w.name);
  return [...summaries].sort(
    (a, b) => rank(workloads, a.workload) - rank(workloads, b.workload) || rank(ORDER, a.contender) - rank(ORDER, b.contender),
  );
}

/** The summary of a contender × workload at a latency. */
export function find(summaries: Summary[], contender: string, workload: string, latencyMs: number): Summary | undefined {
  return summaries.find((s) => s.contender === contender && s.workload === workload && s.latencyMs === latencyMs);
}

/** The main table of one latency, one row per workload × contender, as Markdown (also readable in a terminal). */
export function formatTable(summaries: Summary[], validation: Validation, latencyMs: number): string {
  const rows = [
    '| workload | contender | runs | req/s | p50 ms | p99 ms | non-2xx | errors | wrong bodies | checked | upstream calls/op | CPU ms/op | CPU (1 core = 100%) | peak RSS MB | Redis cmds/op |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const s of sortSummaries(summaries.filter((x) => x.latencyMs === latencyMs))) {
    const problems = validation.get(validationKey(s.contender, s.workload, latencyMs)) ?? ['not checked'];
    rows.push(
      `| ${s.workload} | ${s.contender} | ${s.runs} | ${fixed(s.reqPerSec, 0)} | ${fixed(s.p50, 0)} | ${fixed(s.p99, 0)} | ` +
        `${s.non2xx} | ${s.errors} | ${fixed(s.mismatches, 0)} | ${problems.length === 0 ? 'ok' : 'WRONG'} | ` +
        `${formatUpstream(s.upstreamPerOp)} | ${fixed(s.cpuMsPerOp, 3)} | ${fixed(s.cpuShare * 100, 0)}% | ${fixed(s.peakRssMb, 0)} | ` +
        `${s.contender === 'ours' ? fixed(s.redisPerOp, 2) : ''} |`,
    );
  }
  return rows.join('\n');
}

/** The ratios of one workload at one latency (req/s above 1 and p99 below 1 favour ours). */
export interface Ratios {
  workload: string;
  latencyMs: number;
  reqPerSec: Record<string, number>;
  p99: Record<string, number>;
  /**
   * The other's CPU per operation over ours (above 1 favours ours). Note: steadier than req/s
   * on a shared machine: time the machine gives to other work lowers req/s, but is not
   * charged to the contender's CPU time.
   */
  cpu: Record<string, number>;
  /** ours' p50 minus limit's, in ms. */
  p50MinusLimit: number;
}

/** ours/standard, ours/naive and ours/limit of req/s and p99, per workload and latency. */
export function computeRatios(summaries: Summary[]): Ratios[] {
  const out: Ratios[] = [];
  for (const ours of sortSummaries(summaries.filter((s) => s.contender === 'ours'))) {
    const reqPerSec: Record<string, number> = {};
    const p99: Record<string, number> = {};
    const cpu: Record<string, number> = {};
    for (const other of ['standard', 'naive', 'limit']) {
      const base = find(summaries, other, ours.workload, ours.latencyMs);
      reqPerSec[other] = base ? ours.reqPerSec / base.reqPerSec : Number.NaN;
      p99[other] = base ? ours.p99 / base.p99 : Number.NaN;
      cpu[other] = base ? base.cpuMsPerOp / ours.cpuMsPerOp : Number.NaN;
    }
    const limit = find(summaries, 'limit', ours.workload, ours.latencyMs);
    out.push({ workload: ours.workload, latencyMs: ours.latencyMs, reqPerSec, p99, cpu, p50MinusLimit: limit ? ours.p50 - limit.p50 : Number.NaN });
  }
  return out;
}

/** The ratios of one latency as a Markdown table. */
export function formatRatios(ratios: Ratios[], latencyMs: number): string {
  const rows = [
    '| workload | req/s ours/standard | req/s ours/naive | req/s ours/limit | p99 ours/standard | p99 ours/naive | p99 ours/limit | p50 ours − limit (ms) | CPU/op standard/ours | CPU/op naive/ours | CPU/op limit/ours |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of ratios.filter((x) => x.latencyMs === latencyMs)) {
    const q = (k: string): string => fixed(r.reqPerSec[k] ?? Number.NaN, 2);
    const p = (k: string): string => fixed(r.p99[k] ?? Number.NaN, 2);
    const c = (k: string): string => fixed(r.cpu?.[k] ?? Number.NaN, 2);
    rows.push(
      `| ${r.workload} | ${q('standard')} | ${q('naive')} | ${q('limit')} | ${p('standard')} | ${p('naive')} | ${p('limit')} | ${fixed(r.p50MinusLimit, 0)} | ` +
        `${c('standard')} | ${c('naive')} | ${c('limit')} |`,
    );
  }
  return rows.join('\n');
}

/**
 * Where the machine's cores went during the measured runs: the contender, the
 * simulator, Redis and the load generator share them, so a contender that
 * needs less CPU leaves more to the others and the figures are relative.
 */
export function formatCpuTable(summaries: Summary[], latencyMs: number): string {
  const percent = (share: number): string => (Number.isFinite(share) ? `${(share * 100).toFixed(0)}%` : 'n/a');
  const rows = ['| workload | contender | contender | simulator | Redis | load generator |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const s of sortSummaries(summaries.filter((x) => x.latencyMs === latencyMs))) {
    rows.push(`| ${s.workload} | ${s.contender} | ${percent(s.cpuShare)} | ${percent(s.simCpuShare)} | ${percent(s.redisCpuShare)} | ${percent(s.loadCpuShare)} |`);
  }
  return rows.join('\n');
}

/** Lists what the pre-run check found wrong, one line per problem. */
export function formatProblems(validation: Validation): string {
  const lines: string[] = [];
  for (const [key, problems] of validation) for (const problem of problems) lines.push(`- ${key}: ${problem}`);
  return lines.join('\n');
}

/** Replaces the generated block of RESULTS.md (between the markers), or appends one. */
export function writeResultsBlock(file: string, block: string): void {
  const text = readFileSync(file, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const generated = `${BEGIN}\n${block.trim()}\n${END}`;
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${generated}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${generated}\n`;
  writeFileSync(file, next);
}
