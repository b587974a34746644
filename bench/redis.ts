import { hasRedisServer, startRedisServer, type TestRedis } from '../test/helpers/redis-server.js';

/** A Redis the benchmark started for the gateway's shared cache. */
export interface BenchRedis {
  url: string;
  pid: number | undefined;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway Redis (no persistence, loopback only) on a free port with
 * the tests' own helper, or returns undefined when redis-server is not
 * installed: the gateway then runs with its in-memory fallback and the report
 * says so.
 */
export async function startRedis(): Promise<BenchRedis | undefined> {
  if (!hasRedisServer()) return undefined;
  const redis: TestRedis = await startRedisServer();
  const { pid } = redis;
  // Note: the helper's child is not one of bench/processes.ts's; an abrupt exit must not leave it running.
  process.on('exit', () => {
    if (pid !== undefined) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
  return { url: redis.url, pid, stop: () => redis.stop() };
}
