import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_TICKETS_CLIENT } from '../../sim/demo-credentials.js';
import { startSimulator, type RunningSimulator } from '../../sim/simulator.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { freePort } from '../helpers/redis-server.js';
import { TEST_WEBHOOK_SECRET } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';
const user = { authenticateit_identity_ticket: 'demo-user' };

/** A gateway process as deployed (the built output), on `port`. */
class Instance {
  private child: ChildProcess | undefined;
  private output = '';
  constructor(
    readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  async start(): Promise<void> {
    this.output = '';
    const child = spawn(process.execPath, ['dist/src/index.js'], { cwd: root, env: { ...this.env, PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (this.output += d.toString()));
    this.child = child;
    const deadline = Date.now() + 30_000;
    while (!/Gateway ready at/.test(this.output)) {
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`instance on ${this.port} did not start:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** SIGTERM, as an orchestrator stops a pod, and waits for the exit. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

describe('two gateway processes sharing one Redis and one simulator', () => {
  let sim: RunningSimulator;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    // The ticket service calls instance A only.
    sim = await startSimulator({ webhookUrl: `http://127.0.0.1:${portA}/webhooks/support-tickets`, webhookSecret: TEST_WEBHOOK_SECRET });
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      REDIS_URL: inject('redisUrl'),
      REDIS_KEY_PREFIX: `test:${randomUUID()}:`,
      PAYMENTS_API_URL: sim.url,
      TICKETS_API_URL: sim.url,
      TICKETS_CLIENT_ID: DEMO_TICKETS_CLIENT.id,
      TICKETS_CLIENT_SECRET: DEMO_TICKETS_CLIENT.secret,
      WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
      LOG_LEVEL: 'warn',
      SHUTDOWN_GRACE_MS: '2000',
    };
    a = new Instance(portA, env);
    b = new Instance(portB, env);
    await Promise.all([a.start(), b.start()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await sim?.close();
  });

  async function raise(url: string): Promise<string> {
    const form = browserForm(CREATE, { input: { customerId: 'demo-customer', title: 'Two instances', description: 'Across processes.' } }, [], []);
    const { body } = await postForm(url, form, user);
    expect(body.errors).toBeUndefined();
    return (body.data!.createSupportTicket as { id: string }).id;
  }

  it('delivers a webhook received by A to a subscriber connected to B', async () => {
    await fetch(`${sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ ticketProcessingMs: 800 }) });
    const id = await raise(b.url);
    const client = wsClient(b.url.replace(/^http/, 'ws'), user);
    try {
      const sub = wsSubscribe(client, WATCH, { ticketId: id });
      const pushed = await sub.next(8000);
      expect(pushed.data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/) });
      await sub.completed;
    } finally {
      await client.dispose();
    }
  }, 30_000);

  it('loses no final state when an instance restarts: a subscriber reconnecting to it gets CREATED', async () => {
    await fetch(`${sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ ticketProcessingMs: 100 }) });
    const id = await raise(a.url);
    // Let the webhook reach A and the state be stored, then restart both instances.
    await new Promise((r) => setTimeout(r, 1000));
    await Promise.all([a.stop(), b.stop()]);
    await Promise.all([a.start(), b.start()]);
    // The ticket service now says PENDING: CREATED can only come from the state stored in Redis.
    const pending = JSON.stringify({ ticketId: id, status: 'PENDING', issueKey: null });
    await fetch(`${sim.url}/__sim/faults`, { method: 'POST', body: JSON.stringify({ route: `GET /api/v1/support-tickets/${id}/`, status: 200, body: pending }) });
    for (const instance of [b, a]) {
      const client = wsClient(instance.url.replace(/^http/, 'ws'), user);
      try {
        const pushed = await wsSubscribe(client, WATCH, { ticketId: id }).next(5000);
        expect(pushed.data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/) });
      } finally {
        await client.dispose();
      }
    }
  }, 60_000);
});
