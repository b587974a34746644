import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { signWebhook } from '../../sim/tickets/webhook-sender.js';
import { startTicketHarness, TEST_WEBHOOK_SECRET, type TicketHarness } from '../helpers/ticket-harness.js';
import { SIGNATURES } from '../helpers/sample-files.js';
import { startTcpProxy } from '../helpers/tcp-proxy.js';

const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status uploadedDocuments { fileName size } } }';
const CREATE_ROUTE = 'POST /api/v1/support-tickets/';
const GRACE_MS = 5000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A multipart createSupportTicket whose file is sent in two halves: the first at once, the
 * second only when `release` is called, so that the upload is in flight for as long as the
 * test wants.
 */
function slowUpload(url: string, fileBytes: number) {
  const boundary = `----shutdown${randomUUID()}`;
  const operations = JSON.stringify({ query: CREATE, variables: { input: { customerId: 'demo-customer', title: 'Shutdown', description: 'Sent across a shutdown.', attachments: [null] } } });
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const file = Buffer.alloc(fileBytes, 0x20);
  SIGNATURES.pdf.copy(file);
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'apollo-require-preflight': 'true', authenticateit_identity_ticket: 'demo-user' },
  });
  const answer = new Promise<{ status: number; body: { data?: { createSupportTicket?: { status: string; uploadedDocuments: unknown[] } }; errors?: unknown[] } }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }));
    });
    req.on('error', reject);
  });
  req.write(field('operations', operations) + field('map', '{"0":["variables.input.attachments.0"]}'));
  req.write(`--${boundary}\r\nContent-Disposition: form-data; name="0"; filename="late.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  req.write(file.subarray(0, fileBytes / 2));
  return {
    answer,
    release: () => req.end(Buffer.concat([file.subarray(fileBytes / 2), Buffer.from(`\r\n--${boundary}--\r\n`)])),
  };
}

function createdEvent(ticketId: string) {
  return { id: `evt_${randomUUID()}`, type: 'support_ticket.created', createdAt: new Date().toISOString(), data: { ticketId, status: 'CREATED', issueKey: 'SUP-77' } };
}

/** A signed delivery: its HTTP status, or 0 when the connection was cut without an answer. */
async function deliver(url: string, event: unknown): Promise<number> {
  const body = JSON.stringify(event);
  const signature = signWebhook(TEST_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000));
  try {
    return (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-webhook-signature': signature }, body })).status;
  } catch {
    return 0;
  }
}

describe('graceful shutdown', () => {
  const open: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) await thing.close();
  });

  async function harness(redisUrl?: string): Promise<TicketHarness> {
    const h = await startTicketHarness({ ...(redisUrl && { redisUrl }), env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
    open.push(h);
    // Tickets stay PENDING: no webhook from the simulator competes with the test's own.
    await h.simConfig({ ticketProcessingMs: 600_000 });
    return h;
  }

  it('closes an open WebSocket with 1001 (going away)', async () => {
    const h = await harness();
    const socket = new WebSocket(h.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authenticateit_identity_ticket: 'demo-user' } }));
    await new Promise((resolve) => socket.once('message', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    await h.gateway.close();
    expect(await closed).toBe(1001);
  });

  it('lets an upload started before close finish within the grace period, and sends it upstream once', async () => {
    const h = await harness();
    const upload = slowUpload(h.gateway.url, 256 * 1024);
    await sleep(200);
    const started = Date.now();
    const closing = h.gateway.close();
    await sleep(300);
    upload.release();
    const { status, body } = await upload.answer;
    await closing;
    expect(Date.now() - started).toBeLessThan(GRACE_MS);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.createSupportTicket).toMatchObject({ status: 'PENDING', uploadedDocuments: [{ fileName: 'late.pdf', size: 256 * 1024 }] });
    expect(await h.calls(CREATE_ROUTE)).toBe(1);
  });

  it('answers a webhook whose state cannot be stored with a non-2xx, also while closing, and acknowledges it once stored', async () => {
    const target = new URL(inject('redisUrl'));
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    open.push({ close: proxy.cut });
    const prefix = `test:${randomUUID()}:`;
    const h = await startTicketHarness({ redisUrl: `redis://127.0.0.1:${proxy.port}`, redisKeyPrefix: prefix, env: { SHUTDOWN_GRACE_MS: String(GRACE_MS) } });
    open.push(h);
    await h.simConfig({ ticketProcessingMs: 600_000 });
    const redis = new Redis(inject('redisUrl'), { keyPrefix: prefix });
    open.push({ close: async () => void redis.disconnect() });
    const stored = (ticketId: string) => redis.get(`ticket-state:v1:${ticketId}`);

    await proxy.cut();
    const lost = createdEvent(`t-${randomUUID()}`);
    expect(await deliver(h.webhookUrl, lost)).toBe(503);
    expect(await stored(lost.data.ticketId)).toBeNull();

    await proxy.restore();
    const kept = createdEvent(`t-${randomUUID()}`);
    expect(await deliver(h.webhookUrl, kept)).toBe(200);
    expect(JSON.parse((await stored(kept.data.ticketId)) ?? '{}')).toMatchObject({ status: 'CREATED' });

    // Redis goes away again and the gateway is told to stop while a delivery waits on it.
    await proxy.cut();
    const late = createdEvent(`t-${randomUUID()}`);
    const inFlight = deliver(h.webhookUrl, late);
    await sleep(100);
    const closing = h.gateway.close();
    const status = await inFlight;
    await closing;
    expect(status === 0 || status >= 300).toBe(true);
    expect(await stored(late.data.ticketId)).toBeNull();
  });
});
