import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_APP_USER } from '../../sim/demo-credentials.js';
import { startHarness } from '../helpers/harness.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { sampleFile } from '../helpers/sample-files.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
const READ = 'query Read($id: ID!) { supportTicket(id: $id) { id status } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';
const TOKEN_ROUTE = 'POST /oauth2/token/';
const CREATE_ROUTE = 'POST /api/v1/support-tickets/';
const input = { customerId: 'demo-customer', title: 'Auth', description: 'Service credentials.' };

function create(url: string, files: Array<{ name: string; bytes: Buffer }> = []) {
  const paths = files.map((_, i) => `variables.input.attachments.${i}`);
  const form = browserForm(CREATE, { input: { ...input, ...(files.length > 0 && { attachments: files.map(() => null) }) } }, paths, files);
  return postForm(url, form, { authenticateit_identity_ticket: 'demo-user' });
}

describe('OAuth2 client credentials (the default)', () => {
  const prefix = `test:${randomUUID()}:`;
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
  });
  afterAll(() => h.close());

  it('asks for one token however many callers need it at once, and shares it with another instance', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => create(h.gateway.url)));
    for (const { body } of answers) expect(body.errors).toBeUndefined();
    expect(await h.calls(TOKEN_ROUTE)).toBe(1);
    expect(await h.calls(CREATE_ROUTE)).toBe(8);
    const other = await startHarness({ sim: h.sim, redisUrl: inject('redisUrl'), redisKeyPrefix: prefix });
    try {
      expect((await create(other.gateway.url)).body.errors).toBeUndefined();
      expect(await h.calls(TOKEN_ROUTE)).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe("seed 002's per-request HS256 JWT (TICKETS_AUTH=jwt)", () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({
      redisUrl: inject('redisUrl'),
      env: { TICKETS_AUTH: 'jwt', TICKETS_JWT_USER_ID: DEMO_APP_USER.id, TICKETS_JWT_KEY: DEMO_APP_USER.key },
    });
  });
  afterAll(() => h.close());

  it('signs every request: create with a file, read, and a subscription, without any token request', async () => {
    const { body } = await create(h.gateway.url, [{ name: 'a.webp', bytes: sampleFile('webp') }]);
    expect(body.errors).toBeUndefined();
    const { id } = body.data!.createSupportTicket as { id: string };
    expect((await h.runAs('demo-user', READ, { id })).data).toMatchObject({ supportTicket: { id } });
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      expect((await wsSubscribe(client, WATCH, { ticketId: id }).next(5000)).data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED' });
    } finally {
      await client.dispose();
    }
    expect(await h.calls(TOKEN_ROUTE)).toBe(0);
  });

  it('reports a key the ticket service refuses as UPSTREAM_UNAVAILABLE, not as the user’s fault', async () => {
    const wrong = await startHarness({
      sim: h.sim,
      redisUrl: inject('redisUrl'),
      env: { TICKETS_AUTH: 'jwt', TICKETS_JWT_USER_ID: DEMO_APP_USER.id, TICKETS_JWT_KEY: Buffer.alloc(32, 9).toString('base64') },
    });
    try {
      const { body } = await create(wrong.gateway.url);
      expect(body.errors![0]).toMatchObject({ message: 'The gateway could not authenticate at the ticket service.', extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
    } finally {
      await wrong.close();
    }
  });
});
