import { readFileSync } from 'node:fs';
import net from 'node:net';
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

/** Resident set of a process now, in MB (VmRSS from /proc); NaN where /proc is unavailable. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
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

/**
 * Redis's calls per command (`INFO commandstats`) over a raw socket, the INFO
 * itself left out. Note: commands a script runs (`redis.call`) count as well
 * as the EVAL that ran them. Empty without a port or when Redis does not answer.
 */
export function redisCommandStats(port: number | undefined): Promise<Record<string, number>> {
  if (port === undefined) return Promise.resolve({});
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let text = '';
    const done = (value: Record<string, number>): void => {
      socket.destroy();
      resolve(value);
    };
    socket.setTimeout(1000, () => done({}));
    socket.once('connect', () => socket.write('INFO commandstats\r\n'));
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      const header = /^\$(\d+)\r\n/.exec(text);
      if (!header || text.length < header[0].length + Number(header[1])) return;
      const calls: Record<string, number> = {};
      for (const [, command, n] of text.matchAll(/cmdstat_([^:]+):calls=(\d+)/g)) if (command && command !== 'info') calls[command] = Number(n);
      done(calls);
    });
    socket.once('error', () => done({}));
  });
}

/** Counters and CPU times now. */
export async function snapshot(statsUrl: string, pids: number[], redisPort?: number): Promise<Snapshot> {
  return { requests: await simRequests(statsUrl), cpuMs: pids.map(cpuMs), redisCalls: await redisCommandStats(redisPort) };
}
