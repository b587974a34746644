import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { browserForm, postForm } from '../helpers/multipart.js';
import { startTicketHarness, type TicketHarness } from '../helpers/ticket-harness.js';
import { wsClient, wsSubscribe } from '../helpers/ws.js';

const LOGIN = 'mutation Login($email: String!, $password: String!) { merchantLogin(email: $email, password: $password) { token expiresAt context { email currentMid mids } } }';
const MERCHANT = '{ merchant { email currentMid mids } }';
const SWITCH = 'mutation Switch($mid: ID!) { switchMerchantContext(mid: $mid) { currentMid } }';
const LOGOUT = 'mutation { merchantLogout }';
const READ = 'query Read($id: ID!) { supportTicket(id: $id) { id status } }';
const CREATE = 'mutation Create($input: CreateSupportTicketInput!) { createSupportTicket(input: $input) { id status } }';
const WATCH = 'subscription Watch($ticketId: ID!) { supportTicketStatusChanged(ticketId: $ticketId) { id status issueKey } }';

describe('merchant panel: login, context, switch, logout, idle expiry', () => {
  let h: TicketHarness;
  beforeAll(async () => {
    h = await startTicketHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  async function login(): Promise<{ token: string; cookie: string; answer: Record<string, unknown> }> {
    const res = await h.request({ query: LOGIN, variables: { email: 'merchant@demo.test', password: 'demo-password' } });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.merchantLogin as { token: string };
    return { token: answer.token, cookie: res.headers.get('set-cookie') ?? '', answer };
  }

  const asMerchant = (token: string, query: string, variables?: Record<string, unknown>) => h.request({ query, variables, headers: { 'x-merchant-token': token } });

  async function raise(token: string): Promise<string> {
    const form = browserForm(CREATE, { input: { customerId: 'demo-customer', title: 'From the panel', description: 'Raised by a merchant.' } }, [], []);
    const { body } = await postForm(h.gateway.url, form, { 'x-merchant-token': token });
    expect(body.errors).toBeUndefined();
    return (body.data!.createSupportTicket as { id: string }).id;
  }

  it('is null when not logged in, without asking the upstream', async () => {
    expect((await h.request({ query: MERCHANT })).data).toEqual({ merchant: null });
    expect(await h.calls('GET /api/v1/merchant/context/')).toBe(0);
  });

  it('logs in: the token in the answer and in an HttpOnly, Secure, SameSite cookie; the cookie then works alone', async () => {
    const before = Date.now();
    const { token, cookie, answer } = await login();
    expect(answer).toMatchObject({ context: { email: 'merchant@demo.test', currentMid: 'mid-a', mids: ['mid-a', 'mid-b'] } });
    const expiresAt = Date.parse(answer.expiresAt as string);
    expect(expiresAt).toBeGreaterThanOrEqual(before + 15 * 60_000 - 1000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
    expect(cookie).toBe(`BEARER_TOKEN=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`);
    const viaCookie = await h.request({ query: MERCHANT, headers: { cookie: `theme=dark; BEARER_TOKEN=${token}` } });
    expect(viaCookie.data).toEqual({ merchant: { email: 'merchant@demo.test', currentMid: 'mid-a', mids: ['mid-a', 'mid-b'] } });
  });

  it('refuses a wrong password with UNAUTHENTICATED, without echoing it, and sets no cookie', async () => {
    const res = await h.request({ query: LOGIN, variables: { email: 'merchant@demo.test', password: 'hunter2-wrong' } });
    expect(res.errors![0]).toMatchObject({ message: 'Wrong email or password', extensions: { code: 'UNAUTHENTICATED' } });
    expect(JSON.stringify(res)).not.toContain('hunter2-wrong');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('switches MID: later ticket calls act under it, and another MID is refused', async () => {
    const { token } = await login();
    const inA = await raise(token);
    expect((await asMerchant(token, SWITCH, { mid: 'mid-b' })).data).toEqual({ switchMerchantContext: { currentMid: 'mid-b' } });
    expect((await asMerchant(token, MERCHANT)).data).toMatchObject({ merchant: { currentMid: 'mid-b' } });
    expect((await asMerchant(token, READ, { id: inA })).data).toEqual({ supportTicket: null });
    const inB = await raise(token);
    expect((await asMerchant(token, READ, { id: inB })).data).toMatchObject({ supportTicket: { id: inB } });
    await asMerchant(token, SWITCH, { mid: 'mid-a' });
    expect((await asMerchant(token, READ, { id: inA })).data).toMatchObject({ supportTicket: { id: inA } });
    const foreign = await asMerchant(token, SWITCH, { mid: 'mid-z' });
    expect(foreign.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: 'The user does not belong to this MID' });
  });

  it('follows a ticket over WebSocket with the merchant token in connectionParams', async () => {
    const { token } = await login();
    const id = await raise(token);
    const client = wsClient(h.wsUrl, { 'x-merchant-token': token });
    try {
      expect((await wsSubscribe(client, WATCH, { ticketId: id }).next(5000)).data!.supportTicketStatusChanged).toMatchObject({ id, status: 'CREATED' });
    } finally {
      await client.dispose();
    }
  });

  it('logs out: the cookie is cleared, merchant is null, and the revoked token is UNAUTHENTICATED', async () => {
    const { token } = await login();
    const id = await raise(token);
    const out = await asMerchant(token, LOGOUT);
    expect(out.data).toEqual({ merchantLogout: true });
    expect(out.headers.get('set-cookie')).toBe('BEARER_TOKEN=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict');
    expect((await asMerchant(token, MERCHANT)).data).toEqual({ merchant: null });
    expect((await asMerchant(token, READ, { id })).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstream: { service: 'tickets', status: 401 } });
    expect((await asMerchant(token, SWITCH, { mid: 'mid-b' })).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await h.request({ query: LOGOUT })).errors![0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('merchantLogin') });
  });

  it('expires a token left idle (15 minutes upstream, shortened here), and keeps one in use alive', async () => {
    // Uses 250 ms apart against a 1500 ms idle limit: `busy` survives even slow round trips.
    const IDLE_MS = 1500;
    await h.simConfig({ merchantIdleMs: IDLE_MS });
    const busy = (await login()).token;
    const idle = (await login()).token;
    // The simulator shares this clock and last saw `idle` before this moment.
    const idleSince = Date.now();
    do {
      await new Promise((r) => setTimeout(r, 250));
      expect((await asMerchant(busy, MERCHANT)).data).toMatchObject({ merchant: { currentMid: 'mid-a' } });
    } while (Date.now() - idleSince <= IDLE_MS);
    expect((await asMerchant(idle, MERCHANT)).data).toEqual({ merchant: null });
    expect((await asMerchant(idle, READ, { id: 'tkt_any' })).errors![0]!.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
