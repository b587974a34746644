import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-spec.js';
import { adopt } from './processes.js';

const WORKER = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

interface Worker {
  proc: ChildProcessWithoutNullStreams;
  lines: AsyncIterator<string>;
  stderr: () => string;
}

let worker: Worker | undefined;

/**
 * The load generator's process (bench/load-worker.ts): started once and fed
 * one LoadSpec per line, so autocannon has its own event loop and no run pays
 * for starting Node and tsx again.
 */
function current(): Worker {
  if (worker && worker.proc.exitCode === null) return worker;
  const proc = spawn(process.execPath, ['--import', 'tsx', WORKER], { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  adopt(proc);
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-4096)));
  worker = { proc, lines: createInterface({ input: proc.stdout })[Symbol.asyncIterator](), stderr: () => stderr };
  return worker;
}

/** Runs one measured load in the load worker's process and returns what it measured. */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const w = current();
  // Bounded: warm-up + run + settling, with slack.
  const timeoutMs = (spec.warmupSec + spec.durationSec) * 1000 + 60_000;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      w.proc.kill('SIGKILL');
      reject(new Error(`load worker took more than ${timeoutMs} ms:\n${w.stderr()}`));
    }, timeoutMs);
  });
  try {
    w.proc.stdin.write(`${JSON.stringify(spec)}\n`);
    const next = await Promise.race([w.lines.next(), timeout]);
    if (next.done) throw new Error(`load worker exited (${String(w.proc.exitCode)}):\n${w.stderr()}`);
    return JSON.parse(next.value) as LoadResult;
  } finally {
    clearTimeout(timer);
  }
}
