import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { startHarness, type Harness } from '../helpers/harness.js';
import { RETAIL, TERMINAL_HEADERS, TERMINAL_UPDATE, USER_UPDATE, asTerminal, openSession, setSessionTimeout } from '../helpers/retail.js';
import { wsClient, wsQuery, wsSubscribe, type WsSubscription } from '../helpers/ws.js';

const S = 'urn:authenticateit:retail_connect:session:';
const UPDATED = `subscription W($id: ID!) { retailSessionUpdated(sessionId: $id) { id status statusSide expired amount { valueCents } payment { coins } rebate { coins } } }`;

/** Subscribes and waits until the subscription has read the session (so it is listening) and Redis has settled. */
async function follow(h: Harness, client: ReturnType<typeof wsClient>, id: string): Promise<WsSubscription> {
  const before = await h.calls(RETAIL.read);
  const subscription = wsSubscribe(client, UPDATED, { id });
  for (let i = 0; i < 100 && (await h.calls(RETAIL.read)) === before; i++) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 150));
  return subscription;
}

const statusOf = (result: Awaited<ReturnType<WsSubscription['next']>>) => (result.data?.retailSessionUpdated as { status: string } | undefined)?.status;

describe('retailSessionUpdated', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('walks a session with terminal and user as two clients; both subscribers receive every step, then the end', async () => {
    const id = await openSession(h);
    const user = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    const terminal = wsClient(h.wsUrl, TERMINAL_HEADERS);
    try {
      const userSees = await follow(h, user, id);
      const terminalSees = await follow(h, terminal, id);

      const amount = await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'AMOUNT_SET', amountValueCents: 1000, paymentMethod: 'CASH' } });
      expect(amount.errors).toBeUndefined();
      expect((await userSees.next()).data).toEqual({
        retailSessionUpdated: { id, status: 'AMOUNT_SET', statusSide: 'TERMINAL', expired: false, amount: { valueCents: 1000 }, payment: null, rebate: null },
      });

      const paid = await wsQuery(user, USER_UPDATE, { id, update: { action: 'PAYMENT_SET', paymentValueCents: 934, paymentCoins: '158000000000000000000' } });
      expect(paid.errors).toBeUndefined();
      expect((await userSees.next()).data?.retailSessionUpdated).toMatchObject({ status: 'PAYMENT_SET', statusSide: 'USER', payment: { coins: '158000000000000000000' } });

      await asTerminal(h, TERMINAL_UPDATE, { id, update: { action: 'PAYMENT_CONFIRM' } });
      expect((await userSees.next()).data?.retailSessionUpdated).toMatchObject({ status: 'REBATE_SET', rebate: { coins: expect.stringMatching(/^\d+$/) } });
      await userSees.completed;

      expect([statusOf(await terminalSees.next()), statusOf(await terminalSees.next()), statusOf(await terminalSees.next())]).toEqual(['AMOUNT_SET', 'PAYMENT_SET', 'REBATE_SET']);
      await terminalSees.completed;
    } finally {
      await user.dispose();
      await terminal.dispose();
    }
  });

  it('ends with FORBIDDEN for a session that is not the subscriber’s, UNAUTHENTICATED for a ticket the upstream does not know', async () => {
    const id = await openSession(h);
    for (const [params, code] of [
      [{ authenticateit_identity_ticket: 'demo-participant' }, 'FORBIDDEN'],
      [{ authenticateit_identity_ticket: 'forged-ticket' }, 'UNAUTHENTICATED'],
    ] as const) {
      const client = wsClient(h.wsUrl, params);
      try {
        const refused = wsSubscribe(client, UPDATED, { id });
        const result = await refused.next();
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.extensions).toMatchObject({ code });
        await refused.completed;
      } finally {
        await client.dispose();
      }
    }
    const other = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const bad = wsSubscribe(other, UPDATED, { id: 'two words' });
      expect((await bad.next()).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = wsSubscribe(other, UPDATED, { id: `${S}nope` });
      expect((await unknown.next()).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      await unknown.completed;
    } finally {
      await other.dispose();
    }
  });

  it('closes a socket with a missing or malformed ticket with 4403: the subscription fails, it does not hang', async () => {
    for (const params of [{}, { authenticateit_identity_ticket: 'bad ticket' }, { Authorization: 'Bearer \u00e9' }] as Array<Record<string, string>>) {
      const client = wsClient(h.wsUrl, params);
      try {
        const refused = wsSubscribe(client, UPDATED, { id: `${S}x` });
        await expect(refused.failed).rejects.toMatchObject({ code: 4403 });
      } finally {
        await client.dispose();
      }
    }
    // A subscribe sent before the connection is acknowledged is 4401 (graphql-ws' Unauthorized).
    const socket = new WebSocket(h.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: UPDATED, variables: { id: `${S}x` } } }));
    expect(await new Promise<number>((resolve) => socket.once('close', (c) => resolve(c)))).toBe(4401);
    expect(await h.calls(RETAIL.read)).toBe(0);
  });

  it('gives a session that has already ended once, and completes', async () => {
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const ended = wsSubscribe(client, UPDATED, { id: `${S}63b25c75-5244-4a7f-8f7c-7e3d88c7a30e` });
      expect((await ended.next()).data?.retailSessionUpdated).toMatchObject({ status: 'TERMINATE', statusSide: 'USER' });
      await ended.completed;
    } finally {
      await client.dispose();
    }
  });

  it('pushes the expiry, which no update announces, and completes', async () => {
    await setSessionTimeout(h, 1);
    const id = await openSession(h);
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const expiring = wsSubscribe(client, UPDATED, { id });
      expect((await expiring.next(6000)).data?.retailSessionUpdated).toMatchObject({ id, status: 'INIT', expired: true });
      await expiring.completed;
    } finally {
      await client.dispose();
    }
  });
});

describe('retailSessionUpdated across gateway instances', () => {
  let a: Harness;
  let b: Harness;
  beforeAll(async () => {
    const redisKeyPrefix = `test:${randomUUID()}:`;
    a = await startHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix });
    b = await startHarness({ redisUrl: inject('redisUrl'), redisKeyPrefix, sim: a.sim });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('reaches a subscriber on instance B with a change made through instance A', async () => {
    await a.resetSim();
    const id = await openSession(a);
    const user = wsClient(b.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      const sees = await follow(b, user, id);
      const res = await asTerminal(a, TERMINAL_UPDATE, { id, update: { action: 'TERMINATE' } });
      expect(res.errors).toBeUndefined();
      expect((await sees.next()).data?.retailSessionUpdated).toMatchObject({ id, status: 'TERMINATE', statusSide: 'TERMINAL' });
      await sees.completed;
    } finally {
      await user.dispose();
    }
  });
});
