import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { signWebhook } from '../../sim/tickets/webhook-sender.js';
import type { Logger } from '../../src/lib/logger.js';
import { createGatewayPubSub } from '../../src/pubsub/gateway-pubsub.js';
import { Topic } from '../../src/pubsub/topics.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { startTicketHarness, TEST_WEBHOOK_SECRET, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status createdAt } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';
const silent: Logger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };
const user = { authenticateit_identity_ticket: 'demo-user' };

async function createTicket(h: TicketHarness, headers: Record<string, string> = user): Promise<{ id: string; createdAt: string }> {
  const form = browserForm(CREATE, { input: { customerId: 'demo-customer', title: 'Webhooks', description: 'Testing webhooks.' } }, [], []);
  const { body } = await postForm(h.gateway.url, form, headers);
  expect(body.errors).toBeUndefined();
  return body.data!.createSupportTicket as { id: string; createdAt: string };
}

/** A webhook delivery as the ticket service sends it; `at` is the signing time in seconds. */
function deliver(h: TicketHarness, event: unknown, options: { secret?: string; at?: number; signature?: string } = {}) {
  const body = JSON.stringify(event);
  const at = options.at ?? Math.floor(Date.now() / 1000);
  const signature = options.signature ?? signWebhook(options.secret ?? TEST_WEBHOOK_SECRET, body, at);
  return fetch(h.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': signature }, body });
}

function createdEvent(ticketId: string, issueKey = 'SUP-4242') {
  return { id: `evt_${randomUUID()}`, type: 'support_ticket.created', createdAt: new Date().toISOString(), data: { ticketId, status: 'CREATED', issueKey } };
}

describe('POST /webhooks/support-tickets', () => {
  const prefix = `test:${randomUUID()}:`;
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
  });
  afterAll(() => h.close());
  beforeEach(async () => {
    await h.resetSim();
    // Tickets stay PENDING upstream: only the deliveries of the test change them.
    await h.simConfig({ ticketProcessingMs: 600_000 });
  });

  it('refuses a bad signature, a stale or future timestamp, and a missing header with 401, and stores nothing', async () => {
    const { id } = await createTicket(h);
    const client = wsClient(h.wsUrl, user);
    try {
      const sub = wsSubscribe(client, WATCH, { ticketId: id });
      const event = createdEvent(id);
      // Read the clock for each delivery: on a loaded machine one delivery can take over a
      // second, and a timestamp 301 s ahead of an earlier reading is then within 300 s.
      const now = () => Math.floor(Date.now() / 1000);
      expect((await deliver(h, event, { secret: 'not-the-webhook-secret-at-all' })).status).toBe(401);
      expect((await deliver(h, event, { at: now() - 301 })).status).toBe(401);
      expect((await deliver(h, event, { at: now() + 302 })).status).toBe(401);
      expect((await deliver(h, event, { signature: 'v1=' + 'ab'.repeat(32) })).status).toBe(401);
      const unsigned = await fetch(h.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(event) });
      expect(unsigned.status).toBe(401);
      const tampered = signWebhook(TEST_WEBHOOK_SECRET, JSON.stringify(createdEvent(id, 'SUP-1')), now());
      expect((await deliver(h, event, { signature: tampered })).status).toBe(401);
      await expect(sub.next(2500)).rejects.toThrow(/no subscription result/);
      // Within the tolerance it is taken, and the subscriber gets what the event says.
      expect((await deliver(h, event, { at: now() - 290 })).status).toBe(200);
      expect((await sub.next(3000)).data!.supportTicketStatusChanged).toEqual({ id, status: 'CREATED', issueKey: 'SUP-4242' });
    } finally {
      await client.dispose();
    }
  });

  it('acknowledges a repeated event id without publishing it twice', async () => {
    const { id } = await createTicket(h);
    const pubsub = createGatewayPubSub(inject('redisUrl'), prefix, silent);
    const messages = pubsub.subscribe(Topic.SupportTicketChanged, id);
    const seen: unknown[] = [];
    void (async () => {
      for await (const message of messages) seen.push(message);
    })();
    try {
      await new Promise((r) => setTimeout(r, 200));
      const event = createdEvent(id);
      const first = await deliver(h, event);
      const second = await deliver(h, event);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(await second.json()).toEqual({ ok: true, duplicate: true });
      await new Promise((r) => setTimeout(r, 300));
      expect(seen).toEqual([{ ticketId: id }]);
    } finally {
      await messages.return?.();
      await pubsub.close();
    }
  });

  it('gives a subscription that starts after the webhook the stored CREATED state at once, then ends', async () => {
    const { id } = await createTicket(h);
    expect((await deliver(h, createdEvent(id, 'SUP-7'))).status).toBe(200);
    const client = wsClient(h.wsUrl, user);
    try {
      const sub = wsSubscribe(client, WATCH, { ticketId: id });
      expect((await sub.next(3000)).data!.supportTicketStatusChanged).toEqual({ id, status: 'CREATED', issueKey: 'SUP-7' });
      await sub.completed;
    } finally {
      await client.dispose();
    }
  });

  it('refuses what is not a signed ticket event: 405, 413, 400', async () => {
    expect((await fetch(h.webhookUrl)).status).toBe(405);
    const huge = await fetch(h.webhookUrl, { method: 'POST', body: 'x'.repeat(300 * 1024) });
    expect(huge.status).toBe(413);
    expect((await deliver(h, { id: 'evt_1', type: 'support_ticket.created', data: { ticketId: '../x', status: 'CREATED' } })).status).toBe(400);
    expect((await deliver(h, 'not an event')).status).toBe(400);
  });
});

describe('reconciliation when the webhook never comes', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    // The gateway's secret is not the simulator's: every webhook is refused, as if lost.
    h = await startTicketHarness({
      redisUrl: inject('redisUrl'),
      env: { WEBHOOK_SECRET: 'a-different-secret-0123456789', TICKET_RECONCILE_AFTER_SECONDS: '1', TICKET_POLL_INTERVAL_MS: '200' },
    });
  });
  afterAll(() => h.close());

  it('polls Retrieve Support Ticket once the ticket is old enough, with one poller for all subscribers', async () => {
    const { id, createdAt } = await createTicket(h);
    // The reconciler counts from the ticket's creation, not from when its answer reached us.
    const started = Date.parse(createdAt);
    const clients = [wsClient(h.wsUrl, user), wsClient(h.wsUrl, { Authorization: 'Bearer demo-user' })];
    try {
      const subs = clients.map((client) => wsSubscribe(client, WATCH, { ticketId: id }));
      for (const sub of subs) expect((await sub.next(6000)).data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED' });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(900);
      // One read per subscriber to check access, then one poller: at most one poll per interval after the first second.
      const reads = await h.calls(`GET /api/v1/support-tickets/${id}/`);
      expect(reads).toBeGreaterThanOrEqual(3);
      expect(reads).toBeLessThanOrEqual(2 + Math.ceil((elapsed - 1000) / 200) + 1);
    } finally {
      for (const client of clients) await client.dispose();
    }
  });
});
