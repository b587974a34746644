import { readFileSync } from 'node:fs';
import type { Snapshot } from './load-spec.js';

// Note: USER_HZ is 100 on every Linux this runs on; /proc reports CPU in those ticks.
const MS_PER_TICK = 10;

/** User + system CPU time of a process in ms, from /proc; NaN where /proc is unavailable. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return Number.NaN;
  }
}

/** The simulator's request counters: {"METHOD /path": count}. */
export async function simRequests(statsUrl: string): Promise<Record<string, number>> {
  const response = await fetch(statsUrl);
  if (!response.ok) throw new Error(`GET ${statsUrl}: HTTP ${response.status}`);
  const stats = (await response.json()) as { requests?: Record<string, number> };
  return stats.requests ?? {};
}

/** Counters and CPU times now. */
export async function snapshot(statsUrl: string, pids: number[]): Promise<Snapshot> {
  return { requests: await simRequests(statsUrl), cpuMs: pids.map(cpuMs) };
}
