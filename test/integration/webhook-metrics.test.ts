import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { signWebhook } from '../../sim/tickets/webhook-sender.js';
import { startTicketHarness, TEST_WEBHOOK_SECRET, type TicketHarness } from '../helpers/ticket-harness.js';
import { openSession } from '../helpers/retail.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const FOLLOW = 'subscription S($id: ID!) { retailSessionUpdated(sessionId: $id) { id status } }';

function deliver(h: TicketHarness, body: string, signature = signWebhook(TEST_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000))) {
  return fetch(h.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': signature }, body });
}

function counter(text: string, name: string, labels: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels}} `));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('metrics of webhooks and subscriptions', () => {
  let h: TicketHarness;
  const metrics = async () => (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
    await h.simConfig({ ticketProcessingMs: 600_000 });
  });
  afterAll(() => h.close());

  it('counts webhook deliveries by outcome', async () => {
    const ticketId = randomUUID();
    const event = JSON.stringify({ id: `evt_${randomUUID()}`, type: 'support_ticket.created', createdAt: new Date().toISOString(), data: { ticketId, status: 'CREATED', issueKey: 'SUP-7' } });
    expect((await deliver(h, event)).status).toBe(200);
    expect((await deliver(h, event)).status).toBe(200);
    expect((await deliver(h, event, 't=1,v1=00')).status).toBe(401);
    expect((await deliver(h, '{"not":"an event"}')).status).toBe(400);
    const text = await metrics();
    const outcomes = Object.fromEntries(
      ['stored', 'duplicate', 'refused', 'malformed', 'store_failed'].map((o) => [o, counter(text, 'gateway_webhook_deliveries_total', `outcome="${o}"`)]),
    );
    expect(outcomes).toEqual({ stored: 1, duplicate: 1, refused: 1, malformed: 1, store_failed: 0 });
  });

  it('counts open subscriptions while they run, and none once they end', async () => {
    // Subscribing and stopping reach the gateway some time after the client's call returns: polled, not slept on.
    const subscriptionsBecome = (n: number) =>
      vi.waitFor(async () => expect(Number(/^gateway_websocket_subscriptions (\d+)$/m.exec(await metrics())?.[1])).toBe(n), { timeout: 5000, interval: 50 });
    const session = await openSession(h);
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const subs = [wsSubscribe(client, FOLLOW, { id: session }), wsSubscribe(client, FOLLOW, { id: session })];
      await subscriptionsBecome(2);
      subs[0]!.stop();
      await subscriptionsBecome(1);
    } finally {
      await client.dispose();
    }
    await subscriptionsBecome(0);
  });
});
