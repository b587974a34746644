import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const PARTICIPANT_ID = 'urn:authenticateit:participant:735879621218609';
const SYSTEM_PARTICIPANT_ID = 'urn:authenticateit:participant:000000000000001';
const GET_CARD = 'GET /payments-service/participants/rate_card';
const SET_CARD = `POST /payments-service/participants/rate_card/${encodeURIComponent(PARTICIPANT_ID)}`;
const DELETE_CARD = `DELETE /payments-service/participants/rate_card/${encodeURIComponent(PARTICIPANT_ID)}`;

const CARD = 'id billable gstPercent budget { day week month } items { id name value events } userRewards { percents value coins } adjustments { itemId coins }';
const SET = `mutation ($id: ID!, $input: RateCardInput!) { setRateCard(participantId: $id, input: $input) { ${CARD} } }`;
const DELETE = 'mutation ($id: ID!) { deleteRateCard(participantId: $id) }';
const READ = `query ($id: ID) { rateCard(participantId: $id) { id billable } }`;

/** The seed's Set rate card example request, as graph input. */
const SEED_INPUT = {
  billable: true,
  budget: { day: 20, week: 30, month: 40 },
  gstPercent: 10,
  items: [
    { id: 'clicks', value: 0.1 },
    { id: 'completed_video', value: 0.1 },
    { id: 'approved_reviews', value: 0.1 },
    { id: 'impressions_revenue', value: 0.2 },
    { id: 'transactional_data', value: 0.3 },
  ],
  userRewards: { percents: 0.25 },
};

const DEFAULT_CARD = {
  id: 'urn:authenticateit:rate_card',
  billable: true,
  gstPercent: 10,
  budget: { day: 20, week: 30, month: 40 },
  items: [
    { id: 'clicks', name: 'Clicks', value: 0.3, events: ['follow_fb', 'visit_link', 'visit_social_networks_link'] },
    { id: 'completed_video', name: 'Completed Video', value: 0.35, events: ['watch_video'] },
    { id: 'approved_reviews', name: 'Approved Reviews', value: 0.4, events: ['send_review'] },
    {
      id: 'impressions_revenue',
      name: 'Impressions Revenue',
      value: 0.003,
      events: ['scan', 'send_scan_location', 'view_certificates', 'view_image', 'view_nutrition_info', 'view_popup', 'view_status', 'view_text'],
    },
    { id: 'transactional_data', name: 'Transactional Data', value: 0.6, events: [] },
  ],
  userRewards: { percents: 0.25, value: null, coins: null },
  adjustments: [
    { itemId: 'approved_reviews', coins: '19256000000000000000000' },
    { itemId: 'clicks', coins: '14442000000000000000000' },
    { itemId: 'completed_video', coins: '16849000000000000000000' },
    { itemId: 'impressions_revenue', coins: '144000000000000000000' },
    { itemId: 'transactional_data', coins: '28884000000000000000000' },
  ],
};

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('participant.rateCard and rateCard(participantId)', () => {
  it("gives a participant the seed's default card until it has its own", async () => {
    const res = await h.runAs('demo-participant', `{ participant { rateCard { ${CARD} } } }`);
    expect(res.data).toEqual({ participant: { rateCard: DEFAULT_CARD } });
  });

  it('lets the system participant read "default" and any participant; a participant its own only', async () => {
    expect((await h.runAs('demo-system', READ, { id: 'default' })).data).toEqual({ rateCard: { id: 'urn:authenticateit:rate_card', billable: true } });
    expect((await h.runAs('demo-system', READ, { id: PARTICIPANT_ID })).data).toEqual({ rateCard: { id: 'urn:authenticateit:rate_card', billable: true } });
    expect((await h.runAs('demo-participant', READ, { id: PARTICIPANT_ID })).errors).toBeUndefined();
    expect((await h.runAs('demo-participant', READ, { id: 'default' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-system', READ, { id: 'urn:authenticateit:participant:9' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("is FORBIDDEN for a participant reading another participant's card, the upstream's refusal", async () => {
    const res = await h.runAs('demo-participant', READ, { id: SYSTEM_PARTICIPANT_ID });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', upstream: { errorId: 'payments-forbidden' } } });
    expect(res.data).toEqual({ rateCard: null });
    expect(await h.calls(GET_CARD)).toBe(1);
  });

  it("says why the system participant's own card needs an id", async () => {
    const res = await h.runAs('demo-system', '{ participant { rateCard { id } } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', upstream: { errorId: 'payments-id_required' } } });
    expect(res.errors?.[0]?.message).toMatch(/id is required/);
  });

  it('reads the card once for participant.rateCard and rateCard in one operation', async () => {
    const res = await h.runAs('demo-participant', '{ rateCard { id } participant { rateCard { id } } }');
    expect(res.errors).toBeUndefined();
    expect(await h.calls(GET_CARD)).toBe(1);
  });

  it('is UNAUTHENTICATED without a ticket (no call), FORBIDDEN for an app user, BAD_USER_INPUT for a bad id', async () => {
    expect((await h.runAs(undefined, READ, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs('demo-system', READ, { id: 'a b' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', READ, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('setRateCard and deleteRateCard', () => {
  it("sets the seed's example card for demo-participant at rate_card/:id; it replaces the default until deleted", async () => {
    const res = await h.runAs('demo-system', SET, { id: PARTICIPANT_ID, input: SEED_INPUT });
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      setRateCard: {
        id: `${PARTICIPANT_ID}@rate_card`,
        items: [{ id: 'clicks', value: 0.1, name: 'Clicks' }, { id: 'completed_video' }, { id: 'approved_reviews' }, { id: 'impressions_revenue', value: 0.2 }, { id: 'transactional_data', value: 0.3 }],
        adjustments: [
          { itemId: 'approved_reviews', coins: '4811000000000000000000' },
          { itemId: 'clicks', coins: '4811000000000000000000' },
          { itemId: 'completed_video', coins: '4811000000000000000000' },
          { itemId: 'impressions_revenue', coins: '9622000000000000000000' },
          { itemId: 'transactional_data', coins: '14433000000000000000000' },
        ],
      },
    });
    // The Settings' items were read from the default card first.
    expect([await h.calls(GET_CARD), await h.calls(SET_CARD)]).toEqual([1, 1]);
    const own = await h.runAs('demo-participant', '{ participant { rateCard { id } } }');
    expect(own.data).toEqual({ participant: { rateCard: { id: `${PARTICIPANT_ID}@rate_card` } } });
    expect((await h.runAs('demo-system', DELETE, { id: PARTICIPANT_ID })).data).toEqual({ deleteRateCard: true });
    expect(await h.calls(DELETE_CARD)).toBe(1);
    const back = await h.runAs('demo-participant', '{ participant { rateCard { id } } }');
    expect(back.data).toEqual({ participant: { rateCard: { id: 'urn:authenticateit:rate_card' } } });
    expect((await h.runAs('demo-system', DELETE, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('changes the default card with participantId "default", and refuses to delete it before any call', async () => {
    const res = await h.runAs('demo-system', SET, { id: 'default', input: { billable: false, items: [{ id: 'clicks', value: 1 }], userRewards: { coins: '1000' } } });
    expect(res.data).toMatchObject({ setRateCard: { id: 'urn:authenticateit:rate_card', billable: false, userRewards: { coins: '1000', percents: null } } });
    const del = await h.runAs('demo-system', DELETE, { id: 'default' });
    expect(del.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls('DELETE /payments-service/participants/rate_card/default')).toBe(0);
  });

  it('enforces the seed rules for items and userRewards before any call, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...SEED_INPUT, items: [] }, 'items'],
      [{ ...SEED_INPUT, items: [{ id: 'clicks', value: -0.1 }] }, 'items[0].value'],
      [{ ...SEED_INPUT, items: [{ id: 'clicks', value: 1 }, { id: 'clicks', value: 2 }] }, 'items[1].id'],
      [{ ...SEED_INPUT, userRewards: {} }, 'userRewards'],
      [{ ...SEED_INPUT, userRewards: { percents: 0.25, value: 1 } }, 'userRewards'],
      [{ ...SEED_INPUT, userRewards: { percents: -0.25 } }, 'userRewards.percents'],
      [{ ...SEED_INPUT, userRewards: { value: -1 } }, 'userRewards.value'],
      [{ ...SEED_INPUT, userRewards: { coins: '-1' } }, 'userRewards.coins'],
      [{ ...SEED_INPUT, gstPercent: -1 }, 'gstPercent'],
      [{ ...SEED_INPUT, budget: { day: -5 } }, 'budget.day'],
    ];
    for (const [input, field] of cases) {
      const res = await h.runAs('demo-system', SET, { id: PARTICIPANT_ID, input });
      expect(res.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(`"${field}"`);
    }
    expect(await h.stats()).toEqual({});
  });

  it("refuses an item the Settings do not have (the default card's items), without a write", async () => {
    const res = await h.runAs('demo-system', SET, { id: PARTICIPANT_ID, input: { ...SEED_INPUT, items: [{ id: 'likes', value: 1 }] } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/"items\[0\]\.id" must be one of clicks, completed_video, approved_reviews, impressions_revenue, transactional_data/);
    expect(await h.calls(SET_CARD)).toBe(0);
  });

  it('is FORBIDDEN for a participant that is not the system participant, and never writes', async () => {
    expect((await h.runAs('demo-participant', SET, { id: PARTICIPANT_ID, input: SEED_INPUT })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-user', SET, { id: PARTICIPANT_ID, input: SEED_INPUT })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.calls(SET_CARD)).toBe(0);
  });

  it("leaves a delete's permission to the upstream: one DELETE is sent, refused with 403, and the card stays", async () => {
    expect((await h.runAs('demo-system', SET, { id: PARTICIPANT_ID, input: SEED_INPUT })).errors).toBeUndefined();
    // Note: the gateway does not know the caller's role; the upstream enforces it, so the call is made and refused.
    const res = await h.runAs('demo-participant', DELETE, { id: PARTICIPANT_ID });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', upstream: { status: 403 } } });
    expect(await h.calls(DELETE_CARD)).toBe(1);
    expect((await h.runAs('demo-user', DELETE, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await h.calls(DELETE_CARD)).toBe(2);
    const own = await h.runAs('demo-participant', '{ participant { rateCard { id } } }');
    expect(own.data).toEqual({ participant: { rateCard: { id: `${PARTICIPANT_ID}@rate_card` } } });
  });

  it('is UNAUTHENTICATED without a ticket, with no call', async () => {
    expect((await h.runAs(undefined, SET, { id: PARTICIPANT_ID, input: SEED_INPUT })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, DELETE, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});
