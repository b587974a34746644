import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_USER, DEMO_TICKETS_CLIENT } from '../../sim/demo-credentials.js';
import { startSimulator } from '../../sim/simulator.js';
import { signWebhook } from '../../sim/tickets/webhook-sender.js';
import { sampleFile } from '../helpers/sample-files.js';
import { useSimulator } from './sim-client.js';

const TICKETS = '/api/v1/support-tickets/';
const { sim, call, control, stats } = useSimulator();

/** fetch against this file's simulator with any body (the sim-client's `call` sends JSON). */
function fetchSim(path: string, init: RequestInit, base = sim().url): Promise<Response> {
  return fetch(`${base}${path}`, init);
}

async function accessToken(): Promise<string> {
  const res = await call('/oauth2/token/', {
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${DEMO_TICKETS_CLIENT.id}:${DEMO_TICKETS_CLIENT.secret}`).toString('base64')}` },
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

function ticketForm(fields: Record<string, string>, files: Array<{ name: string; bytes: Buffer }> = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append('attachments', new Blob([file.bytes]), file.name);
  return form;
}

const fields = { customerId: 'demo-customer', title: 'Hello', description: 'World' };

function jwt(path: string, method = 'GET', iat = Math.floor(Date.now() / 1000), key = Buffer.from(DEMO_APP_USER.key, 'base64')): Promise<string> {
  return new SignJWT({ requestPath: path, requestMethod: method }).setProtectedHeader({ alg: 'HS256', typ: 'JWT', ver: 1 }).setSubject(DEMO_APP_USER.id).setIssuedAt(iat).sign(key);
}

describe('ticket service (seeds 000, 001, 002)', () => {
  it('creates a ticket: 202 PENDING with issueKey null, counted once, files measured and dropped', async () => {
    const token = await accessToken();
    const res = await call(TICKETS, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: undefined });
    expect(res.status).toBe(415);
    const form = ticketForm(fields, [{ name: 'a.pdf', bytes: sampleFile('pdf', 1234) }]);
    const made = await fetchSim(TICKETS, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    expect(made.status).toBe(202);
    const ticket = (await made.json()) as Record<string, unknown>;
    expect(ticket).toMatchObject({ status: 'PENDING', issueKey: null, customerId: 'demo-customer', uploadedDocuments: [{ fileName: 'a.pdf', size: 1234, type: null }] });
    expect((await stats())[`POST ${TICKETS}`]).toBe(2);
  });

  it('answers 403 with code 20061 while disabled, 400 for a customer without an email or unknown, 400 for a bad extension', async () => {
    const token = await accessToken();
    const auth = { authorization: `Bearer ${token}` };
    await control('POST', '/__sim/config', { ticketsEnabled: false });
    const disabled = await fetchSim(TICKETS, { method: 'POST', headers: auth, body: ticketForm(fields) });
    expect(disabled.status).toBe(403);
    expect(await disabled.json()).toMatchObject({ code: 20061 });
    await control('POST', '/__sim/config', { ticketsEnabled: true });
    const noEmail = await fetchSim(TICKETS, { method: 'POST', headers: auth, body: ticketForm({ ...fields, customerId: 'demo-customer-noemail' }) });
    expect([noEmail.status, ((await noEmail.json()) as { error_id: string }).error_id]).toEqual([400, 'tickets-customer_no_email']);
    const exe = await fetchSim(TICKETS, { method: 'POST', headers: auth, body: ticketForm(fields, [{ name: 'x.exe', bytes: Buffer.from('MZ') }]) });
    expect(exe.status).toBe(400);
    const six = await fetchSim(TICKETS, { method: 'POST', headers: auth, body: ticketForm(fields, Array.from({ length: 6 }, (_, i) => ({ name: `${i}.png`, bytes: sampleFile('png') }))) });
    expect(six.status).toBe(400);
  });

  it('verifies seed-002 JWTs: a good one passes; a wrong key, a stale iat or another path is a 401', async () => {
    const ok = await call(`${TICKETS}nope/`, { headers: { authorization: `Bearer ${await jwt(`${TICKETS}nope/`)}` } });
    expect(ok.status).toBe(404);
    const wrongKey = await call(`${TICKETS}nope/`, { headers: { authorization: `Bearer ${await jwt(`${TICKETS}nope/`, 'GET', undefined, Buffer.alloc(32, 1))}` } });
    const stale = await call(`${TICKETS}nope/`, { headers: { authorization: `Bearer ${await jwt(`${TICKETS}nope/`, 'GET', Math.floor(Date.now() / 1000) - 301)}` } });
    const otherPath = await call(`${TICKETS}nope/?x=1`, { headers: { authorization: `Bearer ${await jwt(`${TICKETS}nope/`)}` } });
    const otherMethod = await call(`${TICKETS}nope/`, { headers: { authorization: `Bearer ${await jwt(`${TICKETS}nope/`, 'POST')}` } });
    expect([wrongKey.status, stale.status, otherPath.status, otherMethod.status]).toEqual([401, 401, 401, 401]);
  });

  it('refuses a wrong client secret and another grant type (RFC 6749 errors)', async () => {
    const basic = (secret: string) => `Basic ${Buffer.from(`${DEMO_TICKETS_CLIENT.id}:${secret}`).toString('base64')}`;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const wrong = await call('/oauth2/token/', { method: 'POST', body: 'grant_type=client_credentials', headers: { ...form, authorization: basic('nope') } });
    expect([wrong.status, ((await wrong.json()) as { error: string }).error]).toEqual([401, 'invalid_client']);
    const grant = await call('/oauth2/token/', { method: 'POST', body: 'grant_type=password', headers: { ...form, authorization: basic(DEMO_TICKETS_CLIENT.secret) } });
    expect(grant.status).toBe(400);
  });

  it('logs a merchant in with a BEARER_TOKEN cookie, switches MID, and forgets the token at logout', async () => {
    const login = await call('/api/v1/merchant/login/', { method: 'POST', body: JSON.stringify({ email: 'merchant@demo.test', password: 'demo-password' }) });
    expect(login.status).toBe(200);
    const token = /BEARER_TOKEN=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')![1]!;
    const cookie = { cookie: `BEARER_TOKEN=${token}` };
    const switched = await call('/api/v1/merchant/switch-context/', { method: 'POST', body: JSON.stringify({ mid: 'mid-b' }), headers: cookie });
    expect(await switched.json()).toEqual({ email: 'merchant@demo.test', mid: 'mid-b', mids: ['mid-a', 'mid-b'] });
    expect((await call('/api/v1/merchant/logout/', { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(204);
    expect((await call('/api/v1/merchant/context/', { headers: cookie })).status).toBe(401);
  });
});

describe('webhook delivery', () => {
  const servers: http.Server[] = [];
  afterEach(() => {
    for (const server of servers.splice(0)) server.close();
  });

  it('signs each attempt afresh and retries with growing pauses until the receiver answers 2xx', async () => {
    const attempts: Array<{ at: number; signature: string; body: string }> = [];
    const receiver = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        attempts.push({ at: Date.now(), signature: String(req.headers['x-webhook-signature']), body });
        res.writeHead(attempts.length < 3 ? 503 : 204).end();
      });
    });
    servers.push(receiver);
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
    const own = await startSimulator({ webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/`, webhookSecret: 'sim-secret-0123456789' });
    try {
      await fetch(`${own.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ ticketProcessingMs: 10, webhookRetryBaseMs: 100 }) });
      const token = ((await (await fetch(`${own.url}/oauth2/token/`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `grant_type=client_credentials&client_id=${DEMO_TICKETS_CLIENT.id}&client_secret=${DEMO_TICKETS_CLIENT.secret}` })).json()) as { access_token: string }).access_token;
      const made = await fetchSim(TICKETS, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: ticketForm({ ...fields, customerId: 'demo-customer-rejected' }) }, own.url);
      const { ticketId } = (await made.json()) as { ticketId: string };
      for (let i = 0; i < 50 && attempts.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 400));
      expect(attempts).toHaveLength(3);
      const events = attempts.map((a) => JSON.parse(a.body) as { id: string; type: string; data: { ticketId: string; status: string } });
      expect(new Set(events.map((e) => e.id)).size).toBe(1);
      expect(events[0]).toMatchObject({ type: 'support_ticket.failed', data: { ticketId, status: 'FAILED' } });
      for (const a of attempts) {
        const t = Number(/t=(\d+)/.exec(a.signature)![1]);
        expect(a.signature).toBe(signWebhook('sim-secret-0123456789', a.body, t));
      }
      expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(attempts[1]!.at - attempts[0]!.at);
    } finally {
      await own.close();
    }
  });
});
