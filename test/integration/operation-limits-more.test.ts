import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startHarness, type Harness } from '../helpers/harness.js';
import { wsClient, wsQuery } from '../helpers/ws.js';

const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const SEND_ONE = 'transferToEthereum(input: { address: $address, coins: "1000000000000000000", fee: "1000000000000000000" }) { id }';
const TWO_TRANSFERS = `mutation Two($address: EthereumAddress!) { a: ${SEND_ONE} b: ${SEND_ONE} }`;
/** The two money movers hidden in fragments, one spread twice: the limit counts what runs, not what is written. */
const IN_FRAGMENTS = `mutation Hidden($address: EthereumAddress!) { ...Send ...Cash }
fragment Send on Mutation { ${SEND_ONE} }
fragment Cash on Mutation { requestCashout(input: { accountId: "f50b74b3-8605-4985-af89-20cd0adfe89d", coins: "1000000000000000000000" }) { id } }`;
const MONEY_ONCE = /may move money once/;

/** `count` copies of one field, each with its own directive (one field may not repeat @include). */
const withDirectives = (count: number): string => `{ plans { ${Array.from({ length: count }, () => 'id @include(if: true)').join(' ')} } }`;

type WsErrors = Array<{ message: string; extensions?: { code?: string } }>;
const refusedWith = (pattern: RegExp) => (errors: unknown) =>
  Array.isArray(errors) && (errors as WsErrors).some((e) => e.extensions?.code === 'BAD_USER_INPUT' && pattern.test(e.message));

/** Opens a graphql-ws socket as `ticket` and resolves once the server acknowledged it. */
function openSocket(url: string, ticket: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.once('error', reject);
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authenticateit_identity_ticket: ticket } })));
    socket.once('message', (data) => (JSON.parse(String(data)).type === 'connection_ack' ? resolve(socket) : reject(new Error(String(data)))));
  });
}

const closeCode = (socket: WebSocket): Promise<number> => new Promise((resolve) => socket.once('close', (code) => resolve(code)));

describe('operation limits: messages, directives and money movers, over HTTP and WebSocket', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('closes a socket that sends a message over 64 KB with 1009, runs nothing of it, and writes no stack to stderr', async () => {
    const stderr = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const socket = await openSocket(h.wsUrl, 'demo-user');
      const closed = closeCode(socket);
      const query = `{ plans { id } } # ${'x'.repeat(64 * 1024)}`;
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      expect(await closed).toBe(1009);
      expect(await h.stats()).toEqual({});
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stderr.mockRestore();
    }
  });

  it('takes a message just under 64 KB on the same kind of socket', async () => {
    const socket = await openSocket(h.wsUrl, 'demo-user');
    const query = `{ plans { id } } # ${'x'.repeat(60 * 1024)}`;
    const answer = new Promise<{ type: string; payload?: { data?: unknown } }>((resolve) => socket.once('message', (data) => resolve(JSON.parse(String(data)))));
    socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
    expect(await answer).toMatchObject({ type: 'next', payload: { data: { plans: expect.any(Array) } } });
    socket.close(1000);
  });

  it('refuses 51 directives over HTTP and WebSocket before any upstream call, and lets 50 through', async () => {
    const http = await h.runAs('demo-user', withDirectives(51));
    expect(http.status).toBe(400);
    expect(http.errors?.[0]).toMatchObject({ message: 'The operation uses 51 directives; at most 50 are allowed.', extensions: { code: 'BAD_USER_INPUT' } });
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, withDirectives(51))).rejects.toSatisfy(refusedWith(/51 directives; at most 50/));
      expect(await h.stats()).toEqual({});
      expect((await wsQuery(client, withDirectives(50))).errors).toBeUndefined();
    } finally {
      await client.dispose();
    }
    expect((await h.runAs('demo-user', withDirectives(50))).errors).toBeUndefined();
  });

  it('refuses two transferToEthereum in one operation over HTTP, with no upstream call', async () => {
    const res = await h.runAs('demo-user', TWO_TRANSFERS, { address: ADDRESS });
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(MONEY_ONCE), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await h.stats()).toEqual({});
  });

  it('refuses transferToEthereum and requestCashout spread from fragments, over HTTP and WebSocket, with no upstream call', async () => {
    const res = await h.runAs('demo-user', IN_FRAGMENTS, { address: ADDRESS });
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(MONEY_ONCE);
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-user' });
    try {
      await expect(wsQuery(client, IN_FRAGMENTS, { address: ADDRESS })).rejects.toSatisfy(refusedWith(MONEY_ONCE));
      await expect(wsQuery(client, TWO_TRANSFERS, { address: ADDRESS })).rejects.toSatisfy(refusedWith(MONEY_ONCE));
    } finally {
      await client.dispose();
    }
    expect(await h.stats()).toEqual({});
  });

  it('runs one money mover with other mutations beside it', async () => {
    const query = `mutation One($address: EthereumAddress!) { ${SEND_ONE} addWalletAddress(address: $address, description: "beside") { address } }`;
    const res = await h.runAs('demo-user', query, { address: ADDRESS });
    expect(res.errors).toBeUndefined();
    expect(await h.calls('POST /payments-service/user/ethereum/transfer')).toBe(1);
  });
});

describe('the depth limit over WebSocket', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MAX_DEPTH: '3' } });
  });
  afterAll(() => h.close());

  it('refuses an operation deeper than MAX_DEPTH on a socket before any upstream call, and runs one at the limit', async () => {
    const client = wsClient(h.wsUrl, { authenticateit_identity_ticket: 'demo-participant' });
    try {
      await expect(wsQuery(client, '{ participant { billingPlan { plan { id } } } }')).rejects.toSatisfy(refusedWith(/nested 4 levels deep; at most 3/));
      expect(await h.stats()).toEqual({});
      const atLimit = await wsQuery(client, '{ participant { billingPlan { planId } } }');
      expect(atLimit.data).toEqual({ participant: { billingPlan: { planId: 'light' } } });
    } finally {
      await client.dispose();
    }
  });
});
