import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort } from './ports.js';
import { startProcess, waitUntilReady } from './processes.js';

/** A Redis the benchmark started for the gateway's shared cache. */
export interface BenchRedis {
  url: string;
  pid: number;
}

/** Where `redis-server` is on PATH, or undefined. */
function findRedisServer(): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'redis-server');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** True when Redis on `port` answers PING with PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
    socket.once('error', () => done(false));
  });
}

/**
 * Starts a throwaway Redis (no persistence, loopback only) on a free port, or
 * returns undefined when redis-server is not installed: the gateway then runs
 * with its in-memory fallback and the report says so.
 */
export async function startRedis(): Promise<BenchRedis | undefined> {
  const binary = findRedisServer();
  if (!binary) return undefined;
  const port = await freePort();
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
  const child = startProcess('redis-server', binary, args, process.env);
  await waitUntilReady(child, () => ping(port), 10_000);
  return { url: `redis://127.0.0.1:${port}`, pid: child.pid };
}
