import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const MIN = 'GET /participants/topup/min_amount';
const GET_TOPUP = 'GET /participants/topup/';
const POST_TOPUP = 'POST /participants/topup/';
const DELETE_TOPUP = 'DELETE /participants/topup/';
const MANUAL = 'POST /participants/topup/manual';

const SETTINGS = 'amountCents minimalAmount coinsThreshold currency frequency active';
const SET = `mutation ($input: TopUpInput!) { setTopUp(input: $input) { ${SETTINGS} } }`;
const HISTORY_OP = `query ($first: Int, $after: String) { participant { topUpHistory(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { id status at amountCents steps { kind status at amountCents currency chargeId coins hash reason } } }
} } }`;

interface HistoryPage {
  participant: {
    topUpHistory: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ cursor: string; node: { id: string; status: string; amountCents: number; steps: Array<{ kind: string; amountCents: number }> } }>;
    };
  };
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('participant.topUp and topUpMinimum', () => {
  it("give the seed's settings and minimum, in cents", async () => {
    const res = await h.runAs('demo-participant', `{ participant { topUp { ${SETTINGS} } topUpMinimum { amountCents coins currency } } }`);
    expect(res.data).toEqual({
      participant: {
        topUp: { amountCents: 109, minimalAmount: false, coinsThreshold: '10000000000000000000000', currency: 'AUD', frequency: 'DAILY', active: true },
        topUpMinimum: { amountCents: 510, coins: '100000000000000000000', currency: 'AUD' },
      },
    });
  });

  it('topUp is null when none is set; topUpMinimum says why top-ups are unavailable (no card: CONFLICT)', async () => {
    const res = await h.runAs('demo-system', '{ participant { topUp { amountCents } topUpMinimum { amountCents } } }');
    expect(res.data).toEqual({ participant: { topUp: null, topUpMinimum: null } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]).toMatchObject({
      path: ['participant', 'topUpMinimum'],
      message: 'TopUp needs a credit card on the account',
      extensions: { code: 'CONFLICT', upstream: { errorId: 'payments-topup_unavailable' } },
    });
  });

  it('are UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    const anonymous = await h.runAs(undefined, '{ participant { topUp { amountCents } topUpMinimum { amountCents } } }');
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
    expect(await h.stats()).toEqual({});
    const user = await h.runAs('demo-user', '{ participant { topUp { amountCents } topUpMinimum { amountCents } } }');
    expect(user.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});

describe('setTopUp and deleteTopUp', () => {
  it('sends the seed example (minimal amount: no amount, no minimum read) and reads it back', async () => {
    const res = await h.runAs('demo-participant', SET, { input: { minimalAmount: true, coinsThreshold: '10000000000000000000000' } });
    expect(res.data).toEqual({
      setTopUp: { amountCents: 0, minimalAmount: true, coinsThreshold: '10000000000000000000000', currency: 'AUD', frequency: 'DAILY', active: true },
    });
    expect([await h.calls(MIN), await h.calls(POST_TOPUP)]).toEqual([0, 1]);
    const after = await h.runAs('demo-participant', '{ participant { topUp { amountCents minimalAmount } } }');
    expect(after.data).toEqual({ participant: { topUp: { amountCents: 0, minimalAmount: true } } });
  });

  it('checks an amount against the minimum, then sets it with its frequency and status', async () => {
    const input = { amountCents: 510, coinsThreshold: '5', frequency: 'WEEKLY', active: false };
    const res = await h.runAs('demo-participant', SET, { input });
    expect(res.data).toEqual({ setTopUp: { amountCents: 510, minimalAmount: false, coinsThreshold: '5', currency: 'AUD', frequency: 'WEEKLY', active: false } });
    expect([await h.calls(MIN), await h.calls(POST_TOPUP)]).toEqual([1, 1]);
  });

  it('refuses what the seed rules out, naming the field, and never reaches the upstream write', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ amountCents: 509, coinsThreshold: '5' }, /amountCents.*510/],
      [{ coinsThreshold: '5' }, /amountCents/],
      [{ amountCents: -1, coinsThreshold: '5' }, /amountCents/],
      [{ minimalAmount: true, coinsThreshold: '-5' }, /coinsThreshold/],
      [{ minimalAmount: true, coinsThreshold: '1.5' }, /Coins/],
      [{ minimalAmount: true }, /coinsThreshold/],
      [{ minimalAmount: true, coinsThreshold: '5', frequency: 'HOURLY' }, /frequency|HOURLY/],
    ];
    for (const [input, message] of cases) {
      const res = await h.runAs('demo-participant', SET, { input });
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(message);
    }
    expect(await h.calls(POST_TOPUP)).toBe(0);
    // Only the amount below the minimum needed the minimum: every other refusal cost no call at all.
    expect(await h.calls(MIN)).toBe(1);
  });

  it('deletes the settings: topUp reads null afterwards; a second delete is NOT_FOUND', async () => {
    expect((await h.runAs('demo-participant', 'mutation { deleteTopUp }')).data).toEqual({ deleteTopUp: true });
    expect((await h.runAs('demo-participant', '{ participant { topUp { amountCents } } }')).data).toEqual({ participant: { topUp: null } });
    expect((await h.runAs('demo-participant', 'mutation { deleteTopUp }')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await h.calls(DELETE_TOPUP)).toBe(2);
  });

  it('are UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    const input = { minimalAmount: true, coinsThreshold: '5' };
    expect((await h.runAs(undefined, SET, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, 'mutation { deleteTopUp }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', SET, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-user', 'mutation { deleteTopUp }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('requestManualTopUp', () => {
  it('charges once (never retried) and the chain shows first in the history: charged, coins pending', async () => {
    expect((await h.runAs('demo-participant', 'mutation { requestManualTopUp(amountCents: 2000) }')).data).toEqual({ requestManualTopUp: true });
    const res = await h.runAs<HistoryPage>('demo-participant', HISTORY_OP, { first: 1 });
    expect(res.data!.participant.topUpHistory.totalCount).toBe(16);
    expect(res.data!.participant.topUpHistory.edges[0]!.node).toMatchObject({
      status: 'PENDING',
      amountCents: 2000,
      steps: [
        { kind: 'CHARGE', amountCents: 2000 },
        { kind: 'TOPUP', amountCents: 2000 },
      ],
    });
    await h.fault({ route: MANUAL, status: 503, times: 1 });
    expect((await h.runAs('demo-participant', 'mutation { requestManualTopUp(amountCents: 2000) }')).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(MANUAL)).toBe(2);
  });

  it('refuses a negative amount before any call, and counts as the one money-moving mutation of an operation', async () => {
    expect((await h.runAs('demo-participant', 'mutation { requestManualTopUp(amountCents: -1) }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await h.runAs('demo-participant', 'mutation { a: requestManualTopUp(amountCents: 2000) b: requestManualTopUp(amountCents: 2000) }');
    expect(twice.errors?.[0]?.message).toMatch(/money once/);
    expect(await h.calls(MANUAL)).toBe(0);
  });

  it('is UNAUTHENTICATED without a ticket (no call), FORBIDDEN for an app user, CONFLICT without a card', async () => {
    expect((await h.runAs(undefined, 'mutation { requestManualTopUp(amountCents: 2000) }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', 'mutation { requestManualTopUp(amountCents: 2000) }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-system', 'mutation { requestManualTopUp(amountCents: 2000) }')).errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
