import { describe, expect, it } from 'vitest';
import { approvalOptionsResponse, moderatedTransfersRequest, moderatedTransfersResponse, transferReviewRequest, transferReviewResponse } from '../../sim/fixtures/moderation.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const P = '/payments-service';
const ROUTES: Array<[string, string, unknown]> = [
  ['GET', `${P}/coinbase/options`, undefined],
  ['POST', `${P}/coinbase/options`, { manual_approve: 'active' }],
  ['GET', `${P}/poloniex/options`, undefined],
  ['POST', `${P}/poloniex/options`, { manual_approve: 'active' }],
  ['POST', `${P}/transfer/get`, {}],
  ['POST', `${P}/transfer/approve`, { id: 'x' }],
  ['POST', `${P}/transfer/reject`, { id: 'x' }],
  ['POST', `${P}/transfer/limits`, { id: 'x' }],
];

const { call } = useSimulator();

const send = (method: string, path: string, body: unknown, ticket = 'demo-system') =>
  call(path, { ticket, method, ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
const list = async (body: unknown) => (await (await send('POST', `${P}/transfer/get`, body)).json()) as { count: number; data: Array<Record<string, string>> };

/** demo-user sends coins to one of their Poloniex accounts; the answer's request id. */
async function userTransfer(): Promise<string> {
  const res = await send('POST', `${P}/poloniex/transfer`, { coins: '1000', id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634' }, 'demo-user');
  return ((await res.json()) as { id: string }).id;
}

describe('transfer moderation in the simulator', () => {
  it('is for the system participant only: 403 to a user and a participant, 401 without a ticket', async () => {
    for (const [method, path, body] of ROUTES) {
      for (const ticket of ['demo-user', 'demo-participant']) expect((await send(method, path, body, ticket)).status, `${ticket} ${method} ${path}`).toBe(403);
      expect((await call(path, { method })).status).toBe(401);
    }
  });

  it("reads and sets each provider's manual approval, byte for byte as the seed prints it", async () => {
    expect(await (await send('GET', `${P}/coinbase/options`, undefined)).text()).toBe(approvalOptionsResponse);
    expect(await (await send('POST', `${P}/coinbase/options`, '{\n"manual_approve": "active"\n}')).text()).toBe('{\n"manual_approve": "active"\n}');
    expect(await (await send('GET', `${P}/coinbase/options`, undefined)).text()).toBe('{\n"manual_approve": "active"\n}');
    expect(await (await send('GET', `${P}/poloniex/options`, undefined)).text()).toBe(approvalOptionsResponse);
    expect(await errorId(await send('POST', `${P}/poloniex/options`, { manual_approve: 'on' }))).toBe('payments-bad_manual_approve');
  });

  it("answers the seed's example list request with the seed's answer; other requests filter, order and page", async () => {
    expect(await (await send('POST', `${P}/transfer/get`, moderatedTransfersRequest)).text()).toBe(moderatedTransfersResponse);
    const newest = await list({ limit: 2 });
    expect(newest.count).toBe(7);
    expect(newest.data.map((d) => d.ts)).toEqual(['2023-02-14T01:13:24Z', '2023-02-13T23:47:38Z']);
    const coinbaseAsc = await list({ type: ['coinbase'], order_type: 'asc', order_by: 'ts', limit: 10, offset: 1 });
    expect(coinbaseAsc.count).toBe(5);
    expect(coinbaseAsc.data.map((d) => d.type)).toEqual(['coinbase', 'coinbase', 'coinbase', 'coinbase']);
    expect(coinbaseAsc.data[0]!.ts).toBe('2022-05-02T04:39:27Z');
    const filtered = await list({ user_id: 'urn:authenticateit:user:email:email@gmail.com', status: ['auto_approved'], ts_from: '2022-05-01T00:00:00Z', ts_to: '2022-05-03T00:00:00Z' });
    expect(filtered.data.map((d) => d.id)).toEqual(['urn:authenticateit:transaction_request:d31b278c-ea2a-4a0e-9999-6d7cb78c6472:manual']);
    expect((await list({ account_email: 'v@gmail.com' })).count).toBe(1);
    for (const body of [{ status: ['done'] }, { type: ['paypal'] }, { limit: 0 }, { offset: -1 }, { order_type: 'up' }, { ts_from: 'yesterday' }]) {
      expect(await errorId(await send('POST', `${P}/transfer/get`, body)), JSON.stringify(body)).toBe('payments-bad_filter');
    }
  });

  it('queues a new transfer: auto-approved, or pending under manual approval; a decision is made once', async () => {
    const auto = await userTransfer();
    expect((await list({ limit: 1 })).data[0]).toMatchObject({ id: `${auto}:manual`, request_id: auto, status: 'auto_approved', type: 'poloniex', user_email: 'email@gmail.com' });
    await send('POST', `${P}/poloniex/options`, { manual_approve: 'active' });
    const manual = `${await userTransfer()}:manual`;
    expect((await list({ status: ['pending'] })).data.map((d) => d.id)).toEqual([manual]);
    expect((await send('POST', `${P}/transfer/approve`, { id: manual })).status).toBe(204);
    expect((await list({ limit: 1 })).data[0]).toMatchObject({ id: manual, status: 'manual_approved', request_status: 'success' });
    const again = await send('POST', `${P}/transfer/reject`, { id: manual });
    expect([again.status, await errorId(again)]).toEqual([409, 'payments-transfer_not_pending']);
    const seedOne = await send('POST', `${P}/transfer/approve`, { id: 'urn:authenticateit:transaction_request:1fe053e1-8cf4-4371-a8bc-312c0d65a00b:manual' });
    expect(seedOne.status).toBe(409);
    const unknown = await send('POST', `${P}/transfer/approve`, { id: 'nope' });
    expect([unknown.status, await errorId(unknown)]).toEqual([404, 'payments-transfer_not_found']);
    // Once the queue changed, the example request is answered from the state.
    expect(await (await send('POST', `${P}/transfer/get`, moderatedTransfersRequest)).text()).not.toBe(moderatedTransfersResponse);
  });

  it("reviews the seed's example id with the seed's answer, another entry with its own request and user, an unknown one 404", async () => {
    expect(await (await send('POST', `${P}/transfer/limits`, transferReviewRequest)).text()).toBe(transferReviewResponse);
    const id = 'urn:authenticateit:transaction_request:e335f0d0-2da2-4c10-a848-1853d9bcc7ec:manual';
    const review = (await (await send('POST', `${P}/transfer/limits`, { id })).json()) as { request: Record<string, unknown>; user: Record<string, unknown>; history: unknown[] };
    expect(review.request).toMatchObject({ id, status: 'manual_rejected', action: 'user_coinbase', coins: '2000000000000000000', transfer_uuid: id.replace(/:manual$/, '') });
    expect(review.user).toMatchObject({ email: 'email+811@gmail.com', first_name: 'user1' });
    expect(review.history).toHaveLength(3);
    const unknown = await send('POST', `${P}/transfer/limits`, { id: 'nope' });
    expect([unknown.status, await errorId(unknown)]).toEqual([404, 'payments-transfer_not_found']);
  });
});
