import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MERCHANT, DEMO_TICKETS_CLIENT } from '../../sim/demo-credentials.js';
import { recordLogs } from '../helpers/log-recorder.js';
import { browserForm, postForm } from '../helpers/multipart.js';
import { SIGNATURES } from '../helpers/sample-files.js';
import { startTicketHarness, TEST_WEBHOOK_SECRET, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsQuery, wsSubscribe } from '../helpers/ws.js';

const LOGIN = 'mutation Login($email: String!, $password: String!) { merchantLogin(email: $email, password: $password) { token } }';
const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status } }';
const CHANGE = 'mutation Change($input: ChangeBillingPlanInput!) { changeBillingPlan(input: $input) { planId card { last4 } } }';
const CARD = { number: '4000056655665556', cvc: '9731', expMonth: 12, expYear: 2031, name: 'Card Holder' };

/** Every value of every key under `prefix`, whatever its type, as text. */
async function redisDump(redis: Redis, prefix: string): Promise<{ keys: string[]; text: string }> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  const values: unknown[] = [];
  for (const key of keys) {
    const type = await redis.type(key);
    if (type === 'string') values.push(await redis.get(key));
    else if (type === 'hash') values.push(await redis.hgetall(key));
    else if (type === 'list') values.push(await redis.lrange(key, 0, -1));
    else if (type === 'set') values.push(await redis.smembers(key));
    else if (type === 'zset') values.push(await redis.zrange(key, 0, -1, 'WITHSCORES'));
    else values.push(await redis.xrange(key, '-', '+'));
  }
  return { keys, text: JSON.stringify({ keys, values }) };
}

describe('secrets never appear in clear in logs, metrics or Redis', () => {
  const prefix = `test:${randomUUID()}:`;
  const logs = recordLogs();
  const marker = `UPLOAD-MARKER-${randomUUID()}`;
  const strangerTicket = `stranger-ticket-${randomUUID()}`;
  const wrongPassword = `wrong-password-${randomUUID()}`;
  let h: TicketHarness;
  let redis: Redis;
  let merchantToken = '';

  beforeAll(async () => {
    // Rate limits on, so that their counters (per credential) are in Redis too.
    h = await startTicketHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix: prefix, logger: logs.logger, env: { RATE_LIMIT_PER_MINUTE: '10000' } });
    redis = new Redis(inject('redisUrl'));
    await h.simConfig({ ticketProcessingMs: 100 });

    const login = await h.request({ query: LOGIN, variables: { email: DEMO_MERCHANT.email, password: DEMO_MERCHANT.password } });
    merchantToken = (login.data as { merchantLogin: { token: string } }).merchantLogin.token;
    expect(merchantToken.length).toBeGreaterThan(8);
    await h.request({ query: LOGIN, variables: { email: DEMO_MERCHANT.email, password: wrongPassword } });
    await h.request({ query: '{ merchant { email currentMid } }', headers: { 'x-merchant-token': merchantToken } });

    const file = Buffer.concat([SIGNATURES.pdf, Buffer.from(`\n${marker}\n`), Buffer.alloc(2048, 0x20)]);
    const input = { customerId: 'demo-customer', title: 'Secrets', description: 'A file with a marker.', attachments: [null] };
    const form = browserForm(CREATE, { input }, ['variables.input.attachments.0'], [{ name: 'marked.pdf', bytes: file, type: 'application/pdf' }]);
    const created = await postForm(h.gateway.url, form, { authenticateit_identity_ticket: 'demo-user' });
    expect(created.body.errors).toBeUndefined();
    const ticketId = (created.body.data!.createSupportTicket as { id: string }).id;
    const asMerchant = await postForm(h.gateway.url, browserForm(CREATE, { input }, ['variables.input.attachments.0'], [{ name: 'm.pdf', bytes: file }]), { 'x-merchant-token': merchantToken });
    expect(asMerchant.body.errors).toBeUndefined();

    for (const ticket of ['demo-user', 'demo-participant', 'demo-system', strangerTicket]) {
      await h.runAs(ticket, '{ plans { id } me { balance { accountCoins } } participant { billingPlan { planId } } }');
    }
    const changed = await h.runAs('demo-participant', CHANGE, { input: { planId: 'pro', card: CARD, idempotencyKey: randomUUID() } });
    expect(changed.errors).toBeUndefined();

    // A socket with a ticket, a query and a subscription (its lease is kept in Redis) that sees the ticket's final state.
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      expect((await wsQuery(client, '{ me { balance { accountCoins } } }')).errors).toBeUndefined();
      const watch = wsSubscribe(client, WATCH, { ticketId });
      expect((await watch.next(5000)).data).toMatchObject({ supportTicketStatusChanged: { id: ticketId } });
      watch.stop();
    } finally {
      await client.dispose();
    }
  });
  afterAll(async () => {
    redis?.disconnect();
    await h?.close();
  });

  /** What must never be written down as it is. */
  const secrets = (): Array<[string, string]> => [
    ['session ticket demo-user', 'demo-user'],
    ['session ticket demo-participant', 'demo-participant'],
    ['session ticket demo-system', 'demo-system'],
    ['an unknown session ticket', strangerTicket],
    ['the merchant token', merchantToken],
    ['the merchant password', DEMO_MERCHANT.password],
    ['a wrong password', wrongPassword],
    ['the card number', CARD.number],
    ['the upload marker', marker],
    ['the ticket service client secret', DEMO_TICKETS_CLIENT.secret],
    ['the webhook secret', TEST_WEBHOOK_SECRET],
  ];
  const cvc = new RegExp(`(?<![0-9.])${CARD.cvc}(?![0-9])`);

  it('keeps them out of every captured log line, whatever its level', () => {
    const text = logs.text();
    expect(logs.lines.length).toBeGreaterThan(10);
    for (const [what, secret] of secrets()) expect(text.includes(secret), `${what} in the log`).toBe(false);
    expect(text).not.toMatch(cvc);
  });

  it('keeps them out of /metrics', async () => {
    const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(text).toMatch(/gateway_upstream_requests_total/);
    for (const [what, secret] of secrets()) expect(text.includes(secret), `${what} in /metrics`).toBe(false);
    expect(text).not.toMatch(cvc);
  });

  it('keeps them out of every Redis key and value under the gateway prefix', async () => {
    const { keys, text } = await redisDump(redis, prefix);
    // Something of each kind was written: idempotency, rate-limit counters, ticket state.
    expect(keys.length).toBeGreaterThan(3);
    for (const [what, secret] of secrets()) expect(text.includes(secret), `${what} in Redis`).toBe(false);
    expect(text).not.toMatch(cvc);
  });
});
