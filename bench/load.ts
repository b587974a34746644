import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { runCapture } from './processes.js';

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

/**
 * Runs one measured load in a separate process (bench/load-worker.ts), so the
 * load generator gets its own event loop, and returns what it measured.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  // Bounded: warm-up + run + the worker's start-up and settling, with slack.
  const timeoutMs = (spec.warmupSec + spec.durationSec) * 1000 + 60_000;
  const stdout = await runCapture('load worker', process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(spec)], timeoutMs);
  const line = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as LoadResult;
}
