import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { freePort } from '../helpers/redis-server.js';
import { RETAIL, TERMINAL_UPDATE, asTerminal, openSession } from '../helpers/retail.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const UPDATED = 'subscription W($id: ID!) { retailSessionUpdated(sessionId: $id) { id status } }';

/**
 * A redis-server on a port of its own choosing, kept across restarts: it can be stopped for
 * real and started again at the same address, as an operator's Redis comes back.
 */
class RestartableRedis {
  private child: ChildProcess | undefined;
  private port = 0;

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.port ||= await freePort();
    const port = this.port;
    this.child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    for (let i = 0; i < 200; i++) {
      const up = await new Promise<boolean>((resolve) => {
        const socket = net.connect(port, '127.0.0.1', () => resolve(!!socket.end()));
        socket.on('error', () => resolve(false));
      });
      if (up) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`redis-server did not start on ${port}`);
  }

  stop(): Promise<void> {
    const child = this.child;
    return new Promise((resolve) => {
      if (!child || child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }
}

describe('a subscription across a real Redis restart', () => {
  const redis = new RestartableRedis();
  let h: Harness;
  beforeAll(async () => {
    await redis.start();
    h = await startHarness({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await h.close();
    await redis.stop();
  });

  it('still delivers the change made while Redis was down, once it is back', { timeout: 40_000 }, async () => {
    const id = await openSession(h);
    const user = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const before = await h.calls(RETAIL.read);
      const sees = wsSubscribe(user, UPDATED, { id });
      for (let i = 0; i < 100 && (await h.calls(RETAIL.read)) === before; i++) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 200));

      await redis.stop();
      // The step is taken while Redis is gone: its publication is lost on the wire.
      const step = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'AMOUNT_SET', amountValueCents: 1000, paymentMethod: 'CASH' } });
      expect(step.errors).toBeUndefined();
      await redis.start();

      const started = Date.now();
      expect((await sees.next(15_000)).data).toEqual({ retailSessionUpdated: { id, status: 'AMOUNT_SET' } });
      expect(Date.now() - started).toBeLessThan(15_000);
      // The Redis that came back carries publications again: the next step arrives as published.
      const confirm = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'TERMINATE' } });
      expect(confirm.errors).toBeUndefined();
      expect((await sees.next()).data?.retailSessionUpdated).toMatchObject({ id, status: 'TERMINATE' });
      await sees.completed;
    } finally {
      await user.dispose();
    }
  });
});

describe('a ticket status subscription across a real Redis restart', () => {
  const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
  const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';
  const redis = new RestartableRedis();
  let h: TicketHarness;
  beforeAll(async () => {
    await redis.start();
    h = await startTicketHarness({ redisUrl: redis.url });
  });
  afterAll(async () => {
    await h.close();
    await redis.stop();
  });

  it('loses no final state: the webhook refused while Redis is down is stored once it is back, and pushed', { timeout: 40_000 }, async () => {
    await h.simConfig({ ticketProcessingMs: 1500, webhookRetryBaseMs: 500 });
    const form = browserForm(CREATE, { input: { customerId: 'demo-customer', title: 'Outage', description: 'Raised before Redis stops.' } }, [], []);
    const { body } = await postForm(h.gateway.url, form, { authenticateit_identity_ticket: 'demo-user' });
    expect(body.errors).toBeUndefined();
    const { id } = body.data!.createSupportTicket as { id: string };
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const sees = wsSubscribe(client, WATCH, { ticketId: id });
      await new Promise((r) => setTimeout(r, 300));
      await redis.stop();
      // The ticket service's first deliveries find no store to keep the state in: 503, and it retries.
      await new Promise((r) => setTimeout(r, 3000));
      await redis.start();
      const result = await sees.next(20_000);
      expect(result.data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/) });
      await sees.completed;
    } finally {
      await client.dispose();
    }
  });
});
