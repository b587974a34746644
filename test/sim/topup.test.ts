import { describe, expect, it } from 'vitest';
import { topUpHistoryResponse } from '../../sim/fixtures/topup-history.fixture.js';
import { manualTopUpRequest, setTopUpRequest, setTopUpResponse, topUpMinAmountResponse, topUpSettingsResponse } from '../../sim/fixtures/topup.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const MIN = '/participants/topup/min_amount';
const TOPUP = '/participants/topup/';
const HISTORY = '/participants/topup/history?format=v2';
const MANUAL = '/participants/topup/manual';

const { call } = useSimulator();

const post = (path: string, body: unknown, ticket = 'demo-participant') =>
  call(path, { ticket, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('top-up minimum and availability', () => {
  it('answers the example to a participant with a card, 409 to one without, 403 to an app user', async () => {
    expect(await (await call(MIN, { ticket: 'demo-participant' })).text()).toBe(topUpMinAmountResponse);
    const noCard = await call(MIN, { ticket: 'demo-system' });
    expect([noCard.status, await errorId(noCard)]).toEqual([409, 'payments-topup_unavailable']);
    expect((await call(MIN, { ticket: 'demo-user' })).status).toBe(403);
    // A card on file makes top-ups available.
    await call('/payments-service/user/card/tok_visa', { ticket: 'demo-system', method: 'PUT' });
    expect((await call(MIN, { ticket: 'demo-system' })).status).toBe(200);
  });
});

describe('top-up settings', () => {
  it('serves the example settings, answers the example request with the example response, and reads it back', async () => {
    expect(await (await call(TOPUP, { ticket: 'demo-participant' })).text()).toBe(topUpSettingsResponse);
    const set = await post(TOPUP, setTopUpRequest);
    expect(await set.text()).toBe(setTopUpResponse);
    expect(await (await call(TOPUP, { ticket: 'demo-participant' })).text()).toBe(setTopUpResponse);
  });

  it('stores an amount at or above the minimum, with defaults for frequency and status', async () => {
    const res = await post(TOPUP, { amount: 510, coins_threshold: '5' });
    expect(await res.json()).toEqual({ amount: 510, coins_threshold: '5', currency: 'aud', frequency: 'daily', minimal_amount: false, status: 'active' });
    const weekly = await post(TOPUP, { amount: 2000, coins_threshold: '0', frequency: 'monthly', status: 'inactive' });
    expect(await weekly.json()).toMatchObject({ frequency: 'monthly', status: 'inactive' });
  });

  it('refuses what the seed rules out, and leaves the settings as they were', async () => {
    const cases: Array<[unknown, string]> = [
      [{ amount: 509, coins_threshold: '1' }, 'payments-topup_amount_too_small'],
      [{ coins_threshold: '1' }, 'payments-bad_amount'],
      [{ amount: -1, coins_threshold: '1', minimal_amount: false }, 'payments-bad_amount'],
      [{ amount: 5.5, coins_threshold: '1' }, 'payments-bad_amount'],
      [{ minimal_amount: true }, 'payments-bad_coins_threshold'],
      [{ minimal_amount: true, coins_threshold: 10 }, 'payments-bad_coins_threshold'],
      [{ minimal_amount: true, coins_threshold: '1', frequency: 'hourly' }, 'payments-bad_frequency'],
      [{ minimal_amount: true, coins_threshold: '1', status: 'on' }, 'payments-bad_status'],
    ];
    for (const [body, id] of cases) {
      const res = await post(TOPUP, body);
      expect([res.status, await errorId(res)], JSON.stringify(body)).toEqual([400, id]);
    }
    expect(await (await call(TOPUP, { ticket: 'demo-participant' })).text()).toBe(topUpSettingsResponse);
  });

  it('deletes the settings: then 404 on read and on a second delete', async () => {
    expect((await call(TOPUP, { ticket: 'demo-participant', method: 'DELETE' })).status).toBe(204);
    const read = await call(TOPUP, { ticket: 'demo-participant' });
    expect([read.status, await errorId(read)]).toEqual([404, 'payments-topup_not_found']);
    expect((await call(TOPUP, { ticket: 'demo-participant', method: 'DELETE' })).status).toBe(404);
  });
});

describe('top-up history and manual top-ups', () => {
  it('serves the example history verbatim for format=v2 only', async () => {
    expect(await (await call(HISTORY, { ticket: 'demo-participant' })).text()).toBe(topUpHistoryResponse);
    expect((await call('/participants/topup/history', { ticket: 'demo-participant' })).status).toBe(400);
    expect(await (await call(HISTORY, { ticket: 'demo-system' })).text()).toBe('[]');
  });

  it('adds a manual top-up to the history, newest first: charged, coins pending', async () => {
    const res = await post(MANUAL, manualTopUpRequest);
    expect(res.status).toBe(200);
    const history = (await (await call(HISTORY, { ticket: 'demo-participant' })).json()) as Array<Record<string, unknown>>;
    expect(history).toHaveLength(16);
    expect(history[0]).toMatchObject({ amount: 20, status: 'pending' });
    expect(history[0]!.history).toMatchObject([
      { amount: 2000, sub_type: 'topup', status: 'pending', charge_id: 'ch_sim_1' },
      { amount: 2000, sub_type: 'charge', status: 'success', charge_id: 'ch_sim_1' },
    ]);
  });

  it('refuses a manual top-up without a whole non-negative amount, or without a card', async () => {
    for (const body of [{}, { amount: -5 }, { amount: '2000' }]) {
      const res = await post(MANUAL, body);
      expect([res.status, await errorId(res)]).toEqual([400, 'payments-bad_amount']);
    }
    expect((await post(MANUAL, manualTopUpRequest, 'demo-system')).status).toBe(409);
  });
});
