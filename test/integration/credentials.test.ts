import net from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const BILLING = '{ participant { billingPlan { planId } } }';

/** Sends a request byte for byte (fetch refuses to send an illegal header value; an attacker's client does not). */
function rawPost(port: number, headerLines: string[], body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = Buffer.alloc(0);
    socket.on('data', (chunk) => (data = Buffer.concat([data, chunk])));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = data.toString('latin1');
      resolve({ status: Number(text.slice(9, 12)), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
    });
    const head = ['POST /graphql HTTP/1.1', 'Host: gateway', 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close', ...headerLines];
    socket.end(Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n', 'latin1'), Buffer.from(body)]));
  });
}

/** Opens a graphql-ws socket and says hello with these connectionParams; resolves with the close code. */
function connectAndInit(url: string, payload: Record<string, unknown>): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload })));
    socket.once('message', () => {
      // connection_ack: the socket was accepted; close it ourselves.
      socket.close(1000);
    });
    socket.once('close', (code) => resolve(code));
  });
}

describe('credentials checked where they enter', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { CIRCUIT_FAILURES: '2' } });
  });
  afterAll(() => h.close());

  it('refuses a ticket that is not a legal header value as UNAUTHENTICATED, naming the problem, and never calls the upstream', async () => {
    const res = await rawPost(h.gateway.port, ['authenticateit_identity_ticket: demo-p\xe9rticipant'], JSON.stringify({ query: BILLING }));
    expect(res.status).toBe(200);
    const body = JSON.parse(res.body) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(/malformed/);
    expect(await h.stats()).toEqual({});
  });

  it('closes a WebSocket whose ticket holds a newline or a character above U+00FF, and no number of them opens the circuit', async () => {
    for (const ticket of ['demo-participant\nX: 1', 'demo-participant\u0100', 'ü'.repeat(10), 'x'.repeat(5000)]) {
      expect(await connectAndInit(h.wsUrl, { authenticateit_identity_ticket: ticket })).toBe(4403);
    }
    for (let i = 0; i < 5; i++) {
      await rawPost(h.gateway.port, [`authorization: Bearer tick\xe9t-${i}`], JSON.stringify({ query: BILLING }));
    }
    // Every other caller is still served: the circuit never opened.
    const ok = await h.runAs('demo-participant', BILLING);
    expect(ok.data).toEqual({ participant: { billingPlan: { planId: 'light' } } });
    const metrics = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
    expect(metrics).not.toMatch(/gateway_circuit_opened_total/);
    expect(metrics).toMatch(/gateway_circuit_open\{service="payments"\} 0/);
  });

  it('accepts a well-formed ticket over WebSocket', async () => {
    expect(await connectAndInit(h.wsUrl, { authenticateit_identity_ticket: 'demo-participant' })).toBe(1000);
  });

  it('tells an anonymous caller which header to send', async () => {
    const res = await h.runAs(undefined, BILLING);
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/Authorization: Bearer <ticket>.*authenticateit_identity_ticket/);
  });
});
