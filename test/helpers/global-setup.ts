import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { startRedisServer, type TestRedis } from './redis-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

let redis: TestRedis | undefined;

/**
 * One Redis for the whole run: our own redis-server on a free port, or REDIS_URL when set.
 * Tests never flush it: every gateway they start writes under its own key prefix.
 */
export async function setup(project: TestProject): Promise<void> {
  // What `npm start` would build on first use, built once before the files run in parallel
  // (a cold tsc competing with them for two cores is slow and proves nothing).
  execFileSync(process.execPath, [fileURLToPath(new URL('../../scripts/build-if-stale.mjs', import.meta.url))], { stdio: 'inherit' });
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL);
    return;
  }
  redis = await startRedisServer();
  project.provide('redisUrl', redis.url);
}

export async function teardown(): Promise<void> {
  await redis?.stop();
}
