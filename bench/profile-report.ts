/** The text bench/profile.ts prints: the run, busy CPU per operation, categories, hottest functions. */
import type { LoadResult } from './load-spec.js';
import type { Breakdown, CallFrame } from './profile-analysis.js';

/** What was profiled and what the load saw. */
export interface ProfiledRun {
  workload: string;
  contender: string;
  latencyMs: number;
  connections: number;
  result: LoadResult;
  /** The .cpuprofile, relative to the project root. */
  file: string;
}

/** file:line, node_modules paths from the package on, the project's relative to its root. */
function shortWhere(frame: CallFrame, root: string): string {
  if (frame.url === '') return '(native)';
  let file = frame.url.replace(/^file:\/\//, '');
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) file = file.slice(nm + 'node_modules/'.length);
  else if (file.startsWith(`${root}/`)) file = file.slice(root.length + 1);
  // tsx hands V8 each .ts module as one line: only the column tells its functions apart.
  const column = /\.[cm]?ts$/.test(file) ? `:${frame.columnNumber + 1}` : '';
  return `${file}:${frame.lineNumber + 1}${column}`;
}

function table(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

function loadLine(run: ProfiledRun): string {
  const r = run.result;
  const problems = [`non-2xx ${r.non2xx}`, `errors ${r.errors}`, `timeouts ${r.timeouts}`, r.verified ? `wrong bodies ${r.mismatches}` : 'bodies not checked'];
  return `requests: ${r.completed} in ${r.durationSec} s (${Math.round(r.reqPerSec)}/s); ${problems.join(', ')}`;
}

/**
 * Busy CPU per operation, from the profile, next to the process's whole CPU
 * from /proc: the profile sees the main thread's JS and GC only, /proc also
 * the GC helper threads and libuv's pool, so the gap says how much the
 * profile cannot show.
 */
function perOpLines(run: ProfiledRun, breakdown: Breakdown): string[] {
  const ops = Math.max(1, run.result.completed);
  const procMs = (run.result.after.cpuMs[0] ?? Number.NaN) - (run.result.before.cpuMs[0] ?? Number.NaN);
  const lines = [
    `busy CPU: ${(breakdown.busyMs / ops).toFixed(3)} ms/op on the main thread (${Math.round(breakdown.busyMs)} ms of samples, "(idle)" and "(program)" left out)`,
    `process CPU: ${Number.isNaN(procMs) ? 'unknown' : `${(procMs / ops).toFixed(3)} ms/op, all threads (/proc)`}`,
  ];
  if (!breakdown.windowed) lines.push('warning: no sample fell in the measured window; the figures cover the whole profile (start-up and warm-up too)');
  return lines;
}

/** The whole report for one profiled run. */
export function formatProfile(run: ProfiledRun, breakdown: Breakdown, root: string): string {
  const ops = Math.max(1, run.result.completed);
  const busy = breakdown.busyMs;
  const categories = table(
    ['category', 'ms/op', '% busy'],
    breakdown.categories.map((c) => [c.name, (c.ms / ops).toFixed(3), percent(c.ms, busy)]),
    [false, true, true],
  );
  const functions = table(
    ['incl', 'self', 'function', 'where'],
    breakdown.functions.map((f) => [percent(f.inclusiveMs, busy), percent(f.selfMs, busy), f.frame.functionName || '(anonymous)', shortWhere(f.frame, root)]),
    [true, true, false, false],
  );
  return [
    `== ${run.workload} on ${run.contender}, SIM_LATENCY_MS=${run.latencyMs}, ${run.connections} connections`,
    loadLine(run),
    ...perOpLines(run, breakdown),
    '',
    categories,
    '',
    `top ${breakdown.functions.length} functions by inclusive time (% of busy):`,
    functions,
    '',
    `profile: ${run.file}`,
    '  whole process life (start-up, warm-up, shutdown); the figures above are the measured run only.',
    '  Open it in Chrome DevTools (Performance → Load profile) or VS Code.',
  ].join('\n');
}
