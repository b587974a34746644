import { describe, expect, it } from 'vitest';
import { rateCardResponse, setRateCardRequest, setRateCardResponse } from '../../sim/fixtures/rate-card.fixture.js';
import { adjustmentCoins } from '../../sim/rate-card/rate-card.rules.js';
import { errorId, useSimulator } from './sim-client.js';

const CARD = '/payments-service/participants/rate_card';
const PARTICIPANT_ID = 'urn:authenticateit:participant:735879621218609';
const SYSTEM_ID = 'urn:authenticateit:participant:000000000000001';
const at = (id: string): string => `${CARD}/${encodeURIComponent(id)}`;
const read = (id: string, ticket = 'demo-system') => call(`${CARD}?id=${encodeURIComponent(id)}`, { ticket });

const { call } = useSimulator();

const set = (id: string, body: unknown, ticket = 'demo-system') =>
  call(at(id), { ticket, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('reading rate cards', () => {
  it('gives a participant the default card verbatim until it has its own; the system reads any by id', async () => {
    expect(await (await call(CARD, { ticket: 'demo-participant' })).text()).toBe(rateCardResponse);
    expect(await (await read('default')).text()).toBe(rateCardResponse);
    expect(await (await read(PARTICIPANT_ID)).text()).toBe(rateCardResponse);
    expect(await (await read(PARTICIPANT_ID, 'demo-participant')).text()).toBe(rateCardResponse);
  });

  it('refuses the system without an id (400), an unknown participant (404), and others’ cards to a participant (403)', async () => {
    const noId = await call(CARD, { ticket: 'demo-system' });
    expect([noId.status, await errorId(noId)]).toEqual([400, 'payments-id_required']);
    expect((await read('urn:authenticateit:participant:999')).status).toBe(404);
    expect((await read(SYSTEM_ID, 'demo-participant')).status).toBe(403);
    expect((await read('default', 'demo-participant')).status).toBe(403);
    expect((await call(CARD, { ticket: 'demo-user' })).status).toBe(403);
  });
});

describe('setting and deleting rate cards', () => {
  it('answers the example request for demo-participant with the example response; the card then replaces the default', async () => {
    const res = await set(PARTICIPANT_ID, setRateCardRequest);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(setRateCardResponse);
    expect(await (await call(CARD, { ticket: 'demo-participant' })).text()).toBe(setRateCardResponse);
    // Only for that participant; the default is unchanged.
    expect(await (await read('default')).text()).toBe(rateCardResponse);
    expect((await call(at(PARTICIPANT_ID), { ticket: 'demo-system', method: 'DELETE' })).status).toBe(204);
    expect(await (await call(CARD, { ticket: 'demo-participant' })).text()).toBe(rateCardResponse);
    const again = await call(at(PARTICIPANT_ID), { ticket: 'demo-system', method: 'DELETE' });
    expect([again.status, await errorId(again)]).toEqual([404, 'payments-rate_card_not_found']);
  });

  it('changes the default card with id=default, and refuses to delete it', async () => {
    const body = { billable: false, items: [{ id: 'clicks', value: 1 }], user_rewards: { coins: '1000' } };
    const res = await set('default', body);
    expect(await res.json()).toEqual({
      adjustment: { clicks: '48110000000000000000000' },
      id: 'urn:authenticateit:rate_card',
      rate_card: {
        billable: false,
        items: [{ events: ['follow_fb', 'visit_link', 'visit_social_networks_link'], id: 'clicks', name: 'Clicks', value: 1 }],
        user_rewards: { coins: '1000' },
      },
      type: 'rate_card',
    });
    expect(await (await call(CARD, { ticket: 'demo-participant' })).json()).toMatchObject({ id: 'urn:authenticateit:rate_card', rate_card: { billable: false } });
    const del = await call(at('default'), { ticket: 'demo-system', method: 'DELETE' });
    expect([del.status, await errorId(del)]).toEqual([400, 'payments-bad_id']);
  });

  it('is for the system participant only', async () => {
    expect((await set(PARTICIPANT_ID, setRateCardRequest, 'demo-participant')).status).toBe(403);
    expect((await call(at(PARTICIPANT_ID), { ticket: 'demo-participant', method: 'DELETE' })).status).toBe(403);
  });

  it('enforces the seed rules for items and user_rewards', async () => {
    const ok = { billable: true, items: [{ id: 'clicks', value: 0.1 }], user_rewards: { percents: 0.25 } };
    const bad: Array<[string, unknown]> = [
      ['billable', { ...ok, billable: 'yes' }],
      ['items', { ...ok, items: [] }],
      ['items[0].id', { ...ok, items: [{ id: 'likes', value: 1 }] }],
      ['items[1].id', { ...ok, items: [{ id: 'clicks', value: 1 }, { id: 'clicks', value: 2 }] }],
      ['items[0].value', { ...ok, items: [{ id: 'clicks', value: -0.1 }] }],
      ['items[0].value', { ...ok, items: [{ id: 'clicks' }] }],
      ['user_rewards', { ...ok, user_rewards: undefined }],
      ['user_rewards', { ...ok, user_rewards: {} }],
      ['user_rewards', { ...ok, user_rewards: { percents: 1, value: 2 } }],
      ['user_rewards.percents', { ...ok, user_rewards: { percents: -1 } }],
      ['user_rewards.coins', { ...ok, user_rewards: { coins: '1.5' } }],
      ['gst', { ...ok, gst: 2.5 }],
      ['budget.day', { ...ok, budget: { day: -1 } }],
    ];
    for (const [field, body] of bad) {
      const res = await set(PARTICIPANT_ID, body);
      const answer = (await res.json()) as { error: string; error_id: string };
      expect([res.status, answer.error_id], field).toEqual([400, 'payments-bad_rate_card']);
      expect(answer.error.startsWith(field), `${answer.error} names ${field}`).toBe(true);
    }
    expect(await (await call(CARD, { ticket: 'demo-participant' })).text()).toBe(rateCardResponse);
  });

  it('prices adjustments in whole coins at the rate behind the example', () => {
    expect([0.1, 0.2, 0.3, 0.003, 0].map(adjustmentCoins)).toEqual([
      '4811000000000000000000',
      '9622000000000000000000',
      '14433000000000000000000',
      '144000000000000000000',
      '0',
    ]);
  });
});
