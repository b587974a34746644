import { readFileSync, writeFileSync } from 'node:fs';
import type { Summary } from './stats.js';
import { WORKLOADS } from './workloads.js';

const ORDER = ['ours', 'standard', 'limit'];

/** Validation outcome of one contender × workload: what was wrong with the checked response (empty: correct). */
export type Validation = Map<string, string[]>;

/** The key of a contender × workload in a Validation. */
export function validationKey(contender: string, workload: string): string {
  return `${contender}/${workload}`;
}

const BEGIN = '<!-- bench:results:begin -->';
const END = '<!-- bench:results:end -->';

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

/** "1.00 billing_plan + 0.02 billing_plans": per endpoint, by the last segment of its path. */
function formatUpstream(perOp: Record<string, number>): string {
  const parts = Object.entries(perOp)
    .filter(([, n]) => n >= 0.005)
    .map(([route, n]) => `${n.toFixed(2)} ${route.split('/').pop() ?? route}`);
  return parts.length > 0 ? parts.join(' + ') : '0';
}

/** Workloads in their declared order, then ours, standard, limit. */
function sortSummaries(summaries: Summary[]): Summary[] {
  const rank = (list: string[], item: string): number => (list.includes(item) ? list.indexOf(item) : list.length);
  const workloads = WORKLOADS.map((w) => w.name);
  return [...summaries].sort(
    (a, b) => rank(workloads, a.workload) - rank(workloads, b.workload) || rank(ORDER, a.contender) - rank(ORDER, b.contender),
  );
}

/** The main table, one row per workload × contender, as Markdown (also readable in a terminal). */
export function formatTable(summaries: Summary[], validation: Validation): string {
  const rows = [
    '| workload | contender | req/s | p50 ms | p99 ms | non-2xx | errors | wrong bodies | checked | upstream calls/op | CPU ms/op | CPU (1 core = 100%) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | :---: | --- | ---: | ---: |',
  ];
  for (const s of sortSummaries(summaries)) {
    const problems = validation.get(validationKey(s.contender, s.workload)) ?? ['not checked'];
    rows.push(
      `| ${s.workload} | ${s.contender} | ${fixed(s.reqPerSec, 0)} | ${fixed(s.p50, 0)} | ${fixed(s.p99, 0)} | ` +
        `${s.non2xx} | ${s.errors} | ${fixed(s.mismatches, 0)} | ${problems.length === 0 ? 'ok' : 'WRONG'} | ` +
        `${formatUpstream(s.upstreamPerOp)} | ${fixed(s.cpuMsPerOp, 3)} | ${fixed(s.cpuShare * 100, 0)}% |`,
    );
  }
  return rows.join('\n');
}

/** ours/standard and ours/limit for req/s and p99, per workload (req/s above 1 and p99 below 1 favour ours). */
export function formatRatios(summaries: Summary[]): string {
  const find = (contender: string, workload: string): Summary | undefined =>
    summaries.find((s) => s.contender === contender && s.workload === workload);
  const workloads = WORKLOADS.map((w) => w.name).filter((name) => summaries.some((s) => s.workload === name));
  const rows = [
    '| workload | req/s ours/standard | p99 ours/standard | req/s ours/limit | p99 ours/limit |',
    '| --- | ---: | ---: | ---: | ---: |',
  ];
  for (const workload of workloads) {
    const ours = find('ours', workload);
    const ratio = (other: string, pick: (s: Summary) => number): string => {
      const base = find(other, workload);
      return ours && base ? fixed(pick(ours) / pick(base), 2) : 'n/a';
    };
    rows.push(
      `| ${workload} | ${ratio('standard', (s) => s.reqPerSec)} | ${ratio('standard', (s) => s.p99)} | ` +
        `${ratio('limit', (s) => s.reqPerSec)} | ${ratio('limit', (s) => s.p99)} |`,
    );
  }
  return rows.join('\n');
}

/**
 * Where the machine's cores went during the measured runs: the contender, the
 * simulator, Redis and the load generator share them, so a contender that
 * needs less CPU leaves more to the others and the figures are relative.
 */
export function formatCpuTable(summaries: Summary[]): string {
  const percent = (share: number): string => (Number.isFinite(share) ? `${(share * 100).toFixed(0)}%` : 'n/a');
  const rows = [
    '| workload | contender | contender | simulator | Redis | load generator |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  for (const s of sortSummaries(summaries)) {
    rows.push(
      `| ${s.workload} | ${s.contender} | ${percent(s.cpuShare)} | ${percent(s.simCpuShare)} | ` +
        `${percent(s.redisCpuShare)} | ${percent(s.loadCpuShare)} |`,
    );
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
