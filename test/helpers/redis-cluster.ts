import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis-server.js';

const run = promisify(execFile);

/** A private Redis Cluster of three masters on the loopback interface. */
export interface TestRedisCluster {
  /** The masters' client ports. */
  ports: number[];
  /** The value REDIS_CLUSTER_NODES takes for it. */
  nodes: string;
  /** Stops every node and removes the nodes' config files. */
  stop(): Promise<void>;
}

const cli = (port: number, ...args: string[]) => run('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 10_000 });

/** Distinct free ports: a client port and a cluster-bus port per node (the bus is not port + 10000 here: that may exceed 65535). */
async function distinctPorts(count: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) ports.add(await freePort());
  return [...ports];
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`redis cluster: ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Starts three redis-server processes in cluster mode on free ports, joins them with
 * `redis-cli --cluster create` (three masters, no replicas), and waits until every node
 * reports `cluster_state:ok`.
 */
export async function startRedisCluster(): Promise<TestRedisCluster> {
  const dir = await mkdtemp(join(tmpdir(), 'gw-redis-cluster-'));
  const all = await distinctPorts(6);
  const ports = all.slice(0, 3);
  const children: ChildProcess[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(children.map(stopProcess));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    ports.forEach((port, i) => {
      const args = ['--port', String(port), '--cluster-port', String(all[i + 3]), '--cluster-enabled', 'yes'];
      args.push('--cluster-config-file', join(dir, `nodes-${port}.conf`), '--dir', dir);
      args.push('--save', '', '--appendonly', 'no', '--bind', '127.0.0.1');
      children.push(spawn('redis-server', args, { stdio: 'ignore' }));
    });
    for (const port of ports) await until(`node ${port} did not answer`, async () => (await cli(port, 'ping')).stdout.trim() === 'PONG', 10_000);
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes'], {
      timeout: 30_000,
    });
    for (const port of ports) {
      await until(`node ${port} did not report cluster_state:ok`, async () => (await cli(port, 'cluster', 'info')).stdout.includes('cluster_state:ok'), 20_000);
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { ports, nodes: ports.map((p) => `127.0.0.1:${p}`).join(','), stop };
}
