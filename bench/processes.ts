import { spawn, type ChildProcess } from 'node:child_process';

/** A process the benchmark started and must stop. */
export interface Child {
  name: string;
  pid: number;
  /** The last few KB of its stdout and stderr, for error reports. */
  tail(): string;
  /** Null while it runs. */
  exitCode(): number | string | null;
}

const TAIL_BYTES = 4096;
const children = new Map<number, ChildProcess>();

/**
 * Starts a long-running helper process (simulator, contender, Redis) in its own
 * process group, so that stopping it also stops anything it started itself.
 * Its output is kept (tail only) rather than inherited: it must not interleave
 * with the report, and an unread pipe would eventually block the child.
 */
export function startProcess(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const proc = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  if (proc.pid === undefined) throw new Error(`${name}: could not start ${command}`);
  const pid = proc.pid;
  children.set(pid, proc);
  let tail = '';
  const keep = (chunk: Buffer): void => {
    tail = (tail + chunk.toString('utf8')).slice(-TAIL_BYTES);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  let exit: number | string | null = null;
  proc.on('error', (error) => {
    exit = error.message;
  });
  proc.on('exit', (code, signal) => {
    exit = code ?? signal ?? 'exited';
    children.delete(pid);
  });
  return { name, pid, tail: () => tail, exitCode: () => exit };
}

/** Makes a process started elsewhere (the load worker) one of those stopAll and killAllNow stop. */
export function adopt(proc: ChildProcess): void {
  if (proc.pid === undefined) return;
  const pid = proc.pid;
  children.set(pid, proc);
  proc.on('exit', () => children.delete(pid));
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Stops every started process: SIGTERM, then SIGKILL for any still there after `graceMs`. */
export async function stopAll(graceMs = 3000): Promise<void> {
  const pids = [...children.keys()];
  for (const pid of pids) signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (children.size > 0 && Date.now() < deadline) await sleep(50);
  for (const pid of pids) signalGroup(pid, 'SIGKILL');
}

/** Stops some of the started processes (one phase's simulator and contenders), as stopAll does. */
export async function stopSome(some: Child[], graceMs = 3000): Promise<void> {
  const pids = some.map((c) => c.pid).filter((pid) => children.has(pid));
  for (const pid of pids) signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (pids.some((pid) => children.has(pid)) && Date.now() < deadline) await sleep(50);
  for (const pid of pids) if (children.has(pid)) signalGroup(pid, 'SIGKILL');
}

/** Last resort from a synchronous `exit` handler: no time to be gentle. */
export function killAllNow(): void {
  for (const pid of children.keys()) signalGroup(pid, 'SIGKILL');
}

/**
 * Polls `ready` until it says yes, the child dies, or `timeoutMs` passes;
 * the error carries the child's last output, which is usually the reason.
 */
export async function waitUntilReady(child: Child, ready: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode() !== null) {
      throw new Error(`${child.name} exited (${String(child.exitCode())}) before it was ready:\n${child.tail()}`);
    }
    if (await ready().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${child.name} not ready after ${timeoutMs} ms:\n${child.tail()}`);
}

/** Runs a command to completion with inherited output (the build); resolves with its exit code. */
export function runToEnd(command: string, args: string[], cwd: string, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    if (proc.pid !== undefined) children.set(proc.pid, proc);
    const timer = setTimeout(() => {
      if (proc.pid !== undefined) signalGroup(proc.pid, 'SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took more than ${timeoutMs} ms`));
    }, timeoutMs);
    proc.on('error', reject);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      if (proc.pid !== undefined) children.delete(proc.pid);
      resolve(code ?? 1);
    });
  });
}

/** A promise that resolves after `ms`. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs a bench command's `main` so that whatever it started is stopped however it ends:
 * normally, on an error (reported, exit code 1), on Ctrl-C or SIGTERM (exit 130), or at
 * exit (killed). `stopOthers` stops what is not a child process (the bench's Redis).
 */
export async function runStoppingEverything(what: string, main: () => Promise<void>, stopOthers: () => Promise<void>): Promise<void> {
  const stopEverything = async (): Promise<void> => {
    await Promise.all([stopAll(), stopOthers()]);
  };
  process.on('exit', killAllNow);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: stopping ${what}`);
      void stopEverything().finally(() => process.exit(130));
    });
  }
  try {
    await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await stopEverything();
  }
}
