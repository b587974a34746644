import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { browserForm, postForm } from '../helpers/multipart.js';
import { sampleFile } from '../helpers/sample-files.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const CREATE = `mutation Create($input: CreateSupportTicketInput!) {
  createSupportTicket(input: $input) { id status issueKey kind customerId title description uploadedDocuments { id type fileName contentType size } }
}`;
const READ = 'query Read($id: ID!) { supportTicket(id: $id) { id status issueKey failureReason } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey failureReason } }';
const CREATE_ROUTE = 'POST /api/v1/support-tickets/';

type Ticket = { id: string; status: string; issueKey: string | null; uploadedDocuments: Array<{ type: string | null; fileName: string; contentType: string; size: number }> };

/** createSupportTicket as a browser app sends it: multipart with the CSRF header, files under input.attachments. */
export async function createTicket(h: TicketHarness, input: Record<string, unknown>, files: Array<{ name: string; bytes: Buffer }> = [], ticket = 'demo-user') {
  const paths = files.map((_, i) => `variables.input.attachments.${i}`);
  const form = browserForm(CREATE, { input: { ...input, ...(files.length > 0 && { attachments: files.map(() => null) }) } }, paths, files);
  return postForm(h.gateway.url, form, { authenticateit_identity_ticket: ticket });
}

const base = { customerId: 'demo-customer', title: 'Card declined', description: 'My card was declined at checkout.' };

/** Subscribes as demo-user over WebSocket and expects the ticket's CREATED state with its SUP-<n> key, then the end; the key. */
async function expectCreatedPush(h: TicketHarness, ticketId: string): Promise<string> {
  const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
  try {
    const sub = wsSubscribe(client, WATCH, { ticketId });
    const pushed = await sub.next(5000);
    expect(pushed.errors).toBeUndefined();
    expect(pushed.data!.supportTicketStatusChanged).toEqual({ id: ticketId, status: 'CREATED', issueKey: expect.stringMatching(/^SUP-\d+$/), failureReason: null });
    await sub.completed;
    return (pushed.data!.supportTicketStatusChanged as { issueKey: string }).issueKey;
  } finally {
    await client.dispose();
  }
}

describe('createSupportTicket and supportTicketStatusChanged', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('raises a ticket without attachments: PENDING at once, then CREATED with SUP-<n> pushed to a WebSocket subscriber', async () => {
    const { status, body } = await createTicket(h, base);
    expect(status).toBe(200);
    const created = body.data!.createSupportTicket as Ticket;
    expect(created).toMatchObject({ status: 'PENDING', issueKey: null, kind: 'GENERAL', customerId: 'demo-customer', title: base.title, uploadedDocuments: [] });
    await expectCreatedPush(h, created.id);
    expect(await h.calls(CREATE_ROUTE)).toBe(1);
  });

  it('sends 1 and 5 attachments as multipart, streamed upstream, with the content type their bytes show; each goes PENDING, then CREATED', async () => {
    // The reset forgot the gateway's service token: a first ticket renews it, so the creates below count alone.
    await createTicket(h, base);
    const before = await h.calls(CREATE_ROUTE);
    const one = await createTicket(h, base, [{ name: 'receipt.pdf', bytes: sampleFile('pdf', 30_000) }]);
    const oneTicket = one.body.data!.createSupportTicket as Ticket;
    expect(oneTicket).toMatchObject({ status: 'PENDING', issueKey: null });
    expect(oneTicket.uploadedDocuments).toEqual([{ type: null, fileName: 'receipt.pdf', contentType: 'application/pdf', size: 30_000 }].map((d) => ({ id: expect.any(String), ...d })));
    const oneKey = await expectCreatedPush(h, oneTicket.id);
    const kinds = ['png', 'jpg', 'webp', 'mp4', 'webm'] as const;
    const files = kinds.map((kind, i) => ({ name: `file-${i}.${kind}`, bytes: sampleFile(kind, 5000 + i) }));
    const five = await createTicket(h, base, files);
    expect(five.body.errors).toBeUndefined();
    const fiveTicket = five.body.data!.createSupportTicket as Ticket;
    expect(fiveTicket).toMatchObject({ status: 'PENDING', issueKey: null });
    const docs = fiveTicket.uploadedDocuments;
    expect(docs.map((d) => [d.fileName, d.contentType, d.size])).toEqual([
      ['file-0.png', 'image/png', 5000],
      ['file-1.jpg', 'image/jpeg', 5001],
      ['file-2.webp', 'image/webp', 5002],
      ['file-3.mp4', 'video/mp4', 5003],
      ['file-4.webm', 'video/webm', 5004],
    ]);
    expect(await expectCreatedPush(h, fiveTicket.id)).not.toBe(oneKey);
    expect((await h.calls(CREATE_ROUTE)) - before).toBe(2);
  });

  it('pushes FAILED for the customer the support system rejects', async () => {
    const created = (await createTicket(h, { ...base, customerId: 'demo-customer-rejected' })).body.data!.createSupportTicket as Ticket;
    const client = wsClient(h.wsUrl, { Authorization: 'Bearer demo-user' });
    try {
      const pushed = await wsSubscribe(client, WATCH, { ticketId: created.id }).next(5000);
      expect(pushed.data!.supportTicketStatusChanged).toMatchObject({ status: 'FAILED', issueKey: null, failureReason: expect.stringContaining('rejected') });
    } finally {
      await client.dispose();
    }
  });

  it('answers FEATURE_DISABLED while tickets are disabled upstream (403, error code 20061)', async () => {
    await h.simConfig({ ticketsEnabled: false });
    const { body } = await createTicket(h, base, [{ name: 'a.png', bytes: sampleFile('png') }]);
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions).toMatchObject({ code: 'FEATURE_DISABLED', upstream: { service: 'tickets', status: 403 } });
  });

  it('answers BAD_USER_INPUT with the reason for a customer without an email, or one that does not exist', async () => {
    const noEmail = (await createTicket(h, { ...base, customerId: 'demo-customer-noemail' })).body;
    expect(noEmail.errors![0]).toMatchObject({ message: 'The customer has no email address on file', extensions: { code: 'BAD_USER_INPUT', upstream: { status: 400 } } });
    const unknown = (await createTicket(h, { ...base, customerId: 'nobody' })).body;
    expect(unknown.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('shows a ticket to the app user who raised it and to no other, over HTTP and WebSocket', async () => {
    const created = (await createTicket(h, base)).body.data!.createSupportTicket as Ticket;
    expect((await h.runAs('demo-user', READ, { id: created.id })).data!.supportTicket).toMatchObject({ id: created.id });
    expect(await h.runAs('demo-participant', READ, { id: created.id })).toEqual({ status: 200, data: { supportTicket: null } });
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-participant' });
    try {
      const sub = wsSubscribe(client, WATCH, { ticketId: created.id });
      const refused = await sub.next(5000);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await client.dispose();
    }
  });

  it('refuses callers without credentials, or with a session the payments service does not know, before the ticket service', async () => {
    const anonymous = await createTicket(h, base, [], '');
    expect(anonymous.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    const unknown = await createTicket(h, base, [], 'made-up-ticket');
    expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { service: 'payments' } });
    expect(await h.calls(CREATE_ROUTE)).toBe(0);
    expect(await h.calls('POST /oauth2/token/')).toBe(0);
  });

  it('replaces a service token the ticket service revoked early, once, and sends the call again', async () => {
    // The simulator's reset forgot every token it issued; the gateway still holds one.
    const { body } = await createTicket(h, base, [{ name: 'a.pdf', bytes: sampleFile('pdf') }]);
    expect(body.errors).toBeUndefined();
    expect(await h.calls('POST /oauth2/token/')).toBe(1);
    // The refused create and its retry: one ticket, its file sent twice from the gateway's spool.
    expect(await h.calls(CREATE_ROUTE)).toBe(2);
  });

  it('refuses an unknown or malformed ticket id', async () => {
    expect((await h.runAs('demo-user', READ, { id: 'tkt_unknown' })).data).toEqual({ supportTicket: null });
    const bad = await h.runAs('demo-user', READ, { id: '../oauth2/token' });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
