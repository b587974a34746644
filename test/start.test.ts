import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './helpers/redis-server.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Output of a child process so far, and a way to wait for a line. */
function watch(child: ChildProcess) {
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  return {
    text: () => out,
    waitFor: (pattern: RegExp, timeoutMs: number) =>
      new Promise<RegExpMatchArray>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = pattern.exec(out);
          if (match) {
            clearInterval(timer);
            resolve(match);
          } else if (Date.now() > deadline) {
            clearInterval(timer);
            reject(new Error(`no ${pattern} within ${timeoutMs} ms; output:\n${out}`));
          }
        }, 50);
        const deadline = Date.now() + timeoutMs;
      }),
  };
}

function exited(child: ChildProcess): Promise<number | null> {
  // A child killed by a signal has exitCode null and signalCode set.
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('npm start', () => {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('with no configuration, starts the embedded simulator and answers a query within 30 s, then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const started = Date.now();
    const env = { ...process.env, PORT: String(port), LOG_LEVEL: 'info' } as NodeJS.ProcessEnv;
    for (const name of ['PAYMENTS_API_URL', 'TICKETS_API_URL', 'REDIS_URL', 'SIM_PORT']) delete env[name];
    const child = spawn('npm', ['start', '--silent'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    children.push(child);
    const output = watch(child);
    const [, url] = await output.waitFor(/Gateway ready at (\S+)/, 30_000);
    expect(output.text()).toContain('demo-participant');
    const res = await fetch(url!, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authenticateit_identity_ticket: 'demo-participant' },
      body: JSON.stringify({ query: '{ plans { id } participant { billingPlan { planId } } }' }),
    });
    const body = (await res.json()) as { data: { plans: unknown[]; participant: { billingPlan: { planId: string } } } };
    expect(body.data.plans).toHaveLength(4);
    expect(body.data.participant.billingPlan.planId).toBe('light');
    expect(Date.now() - started).toBeLessThan(30_000);

    // The whole process group, as a container runtime would: npm dies of the signal, the
    // gateway under it drains and says so before it exits.
    process.kill(-child.pid!, 'SIGTERM');
    await output.waitFor(/"msg":"stopped"/, 15_000);
    expect(output.text()).toContain('"msg":"shutting down"');
    await exited(child);
  }, 60_000);

  it('refuses a bad configuration value with a clear message and exit code 1', async () => {
    const env = { ...process.env, PORT: 'eighty', LOG_LEVEL: 'warn' } as NodeJS.ProcessEnv;
    const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const output = watch(child);
    expect(await exited(child)).toBe(1);
    expect(output.text()).toContain('PORT must be a whole number');
  }, 30_000);

  it.each([
    ['PORT', (busy: number) => ({ PORT: String(busy) })],
    ['SIM_PORT', (busy: number) => ({ PORT: '0', SIM_PORT: String(busy) })],
  ])('says in one line which port is taken and which variable to set (%s), then exits 1', async (variable, env) => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const childEnv = { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env(busy) } as NodeJS.ProcessEnv;
      for (const name of ['PAYMENTS_API_URL', 'TICKETS_API_URL', 'REDIS_URL']) delete childEnv[name];
      if (variable === 'PORT') delete childEnv.SIM_PORT;
      const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      const output = watch(child);
      expect(await exited(child)).toBe(1);
      expect(output.text().trim()).toBe(`Port ${busy} is already in use; stop what is using it, or set ${variable} to a free port.`);
    } finally {
      blocker.close();
    }
  }, 30_000);
  it('npm run sim on a busy port says so in one line, naming SIM_PORT, then exits 1', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const busy = (blocker.address() as net.AddressInfo).port;
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'sim/main.ts'], { cwd: root, env: { ...process.env, SIM_PORT: String(busy) }, stdio: ['ignore', 'pipe', 'pipe'] });
      children.push(child);
      const output = watch(child);
      expect(await exited(child)).toBe(1);
      expect(output.text().trim()).toBe(`sim: port ${busy} is already in use; stop what is using it, or set SIM_PORT to a free port.`);
    } finally {
      blocker.close();
    }
  }, 30_000);
});
