import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { generateCodeResponse } from '../../sim/fixtures/retail-code.fixture.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { RETAIL, TERMINAL_UPDATE, USER_UPDATE, asTerminal, callsDuring } from '../helpers/retail.js';

const SEED_CODE = (JSON.parse(generateCodeResponse) as { code: string }).code;
const PARTICIPANT = 'urn:authenticateit:participant:735879621218609';
const WALKED = 'urn:authenticateit:retail_connect:session:a84a4c8a-de3c-4dfd-bc62-8a563af97e38';
const COUNTED = 'urn:authenticateit:retail_connect:session:bee67223-1278-4ceb-b299-c579d85ee9e5';
const LEVEL = `query L($card: ID, $code: String, $participant: ID) { retailLevel(cardId: $card, code: $code, participantId: $participant) {
  id userId participantId level nextLevel rebatePercent activityFrom activityTo nextLevelAt calculatedAt purchasesCount spends
  rules { type target userValue passed } loyaltyProgram { name userLevel levels { id rebatePercent } } } }`;
const WITH_SESSIONS = `{ retailLevel(participantId: "${PARTICIPANT}") { purchasesCount sessions { id status amount { valueCents } } } }`;
const GENERATE = 'mutation G($card: ID!) { generateRetailCode(cardId: $card) }';

/** The seed's example walk of session a84a4c8a, through the gateway: the level then counts two sessions. */
async function walkSeedSession(h: Harness): Promise<void> {
  const amount = await asTerminal(h, TERMINAL_UPDATE, { id: WALKED, update: { action: 'AMOUNT_SET', amountValueCents: 1000, paymentMethod: 'CASH' } });
  expect(amount.errors).toBeUndefined();
  const paid = await h.runAs('demo-user', USER_UPDATE, { id: WALKED, update: { action: 'PAYMENT_SET', paymentValueCents: 934, paymentCoins: '158000000000000000000' } });
  expect(paid.errors).toBeUndefined();
  const done = await asTerminal(h, TERMINAL_UPDATE, { id: WALKED, update: { action: 'PAYMENT_CONFIRM' } });
  expect(done.data?.updateRetailSessionAsTerminal).toMatchObject({ status: 'REBATE_SET', rebate: { coins: '244100800000000000000' } });
}

describe('retailLevel', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("gives demo-user's level at a participant, as the seed shows it", async () => {
    const res = await h.runAs('demo-user', LEVEL, { participant: PARTICIPANT });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      retailLevel: {
        id: 'urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8@retail_connect@urn:authenticateit:participant:735879621218609@level',
        userId: 'urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8',
        participantId: PARTICIPANT,
        level: 'casual',
        nextLevel: 'regular',
        rebatePercent: 15,
        activityFrom: '2023-04-30T14:00:00Z',
        activityTo: '2023-05-31T13:59:59Z',
        nextLevelAt: '2023-06-30T14:00:00Z',
        calculatedAt: '2023-05-08T11:13:41Z',
        purchasesCount: 1,
        spends: 1000,
        rules: [
          { type: 'purchases_count', target: 5, userValue: 1, passed: false },
          { type: 'spends', target: 2000, userValue: 1000, passed: false },
        ],
        loyaltyProgram: { name: 'NovaStore', userLevel: null, levels: [{ id: 'casual', rebatePercent: 15 }, { id: 'regular', rebatePercent: 25 }, { id: 'vip', rebatePercent: 33 }] },
      },
    });
    expect(await h.calls(RETAIL.code)).toBe(1);
  });

  it('reads by code and by card alone; a level read by card alone makes no code', async () => {
    const byCode = await h.runAs('demo-user', LEVEL, { code: SEED_CODE });
    expect(byCode.data).toMatchObject({ retailLevel: { level: 'casual' } });
    const byCard = await h.runAs('demo-user', LEVEL, { card: 'demo-card' });
    expect(byCard.data).toMatchObject({ retailLevel: { level: 'casual' } });
    // The simulator hands out the seed's code first: still unspent, so no level read made one.
    expect((await h.runAs('demo-user', GENERATE, { card: 'demo-card' })).data).toEqual({ generateRetailCode: SEED_CODE });
  });

  it('needs cardId, code or participantId, checked before any call', async () => {
    const res = await h.runAs('demo-user', '{ retailLevel { id } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors?.[0]?.message).toMatch(/cardId, code or participantId/);
    const empty = await h.runAs('demo-user', LEVEL, { card: '' });
    expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
  });

  it('is UNAUTHENTICATED without a ticket (no call), NOT_FOUND where there is no level, FORBIDDEN for a code of another', async () => {
    expect((await h.runAs(undefined, LEVEL, { participant: PARTICIPANT })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-participant', LEVEL, { participant: PARTICIPANT })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
    expect((await h.runAs('demo-participant', LEVEL, { code: SEED_CODE })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('loads the counted sessions by id only when selected: N ids, N reads, once each', async () => {
    await h.runAs('demo-user', '{ retailLevel(participantId: "' + PARTICIPANT + '") { level } }');
    expect(await h.calls(RETAIL.read)).toBe(0);
    const one = await h.runAs('demo-user', WITH_SESSIONS);
    expect(one.data).toEqual({ retailLevel: { purchasesCount: 1, sessions: [{ id: COUNTED, status: 'REBATE_SET', amount: { valueCents: 1000 } }] } });
    expect(await h.calls(RETAIL.read)).toBe(1);

    await walkSeedSession(h);
    const twice = `{ a: retailLevel(participantId: "${PARTICIPANT}") { sessions { id } } b: retailLevel(participantId: "${PARTICIPANT}") { sessions { status } } }`;
    let res: Awaited<ReturnType<Harness['runAs']>> | undefined;
    const calls = await callsDuring(h, async () => (res = await h.runAs('demo-user', twice)));
    expect(res?.errors).toBeUndefined();
    expect(res?.data).toEqual({ a: { sessions: [{ id: COUNTED }, { id: WALKED }] }, b: { sessions: [{ status: 'REBATE_SET' }, { status: 'REBATE_SET' }] } });
    expect(calls).toEqual({ [RETAIL.code]: 1, [RETAIL.read]: 2 });
  });

  it('takes `first` sessions, at most 100', async () => {
    const res = await h.runAs('demo-user', `{ retailLevel(participantId: "${PARTICIPANT}") { sessions(first: 0) { id } } }`);
    expect(res.data).toEqual({ retailLevel: { sessions: [] } });
    expect(await h.calls(RETAIL.read)).toBe(0);
    const tooMany = await h.runAs('demo-user', `{ retailLevel(participantId: "${PARTICIPANT}") { level sessions(first: 101) { id } } }`);
    expect(tooMany.data).toEqual({ retailLevel: { level: 'casual', sessions: null } });
    expect(tooMany.errors?.[0]).toMatchObject({ path: ['retailLevel', 'sessions'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('fails the sessions field alone when a session read fails', async () => {
    await h.fault({ route: RETAIL.read, status: 503, times: 2 });
    const res = await h.runAs('demo-user', `{ retailLevel(participantId: "${PARTICIPANT}") { level sessions { id } } }`);
    expect(res.data).toEqual({ retailLevel: { level: 'casual', sessions: null } });
    expect(res.errors?.[0]).toMatchObject({ path: ['retailLevel', 'sessions'], extensions: { code: 'UPSTREAM_UNAVAILABLE' } });
  });
});

describe('generateRetailCode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("gives the seed's code first, then a new code on every call: never memoised", async () => {
    const res = await h.runAs('demo-user', 'mutation { a: generateRetailCode(cardId: "demo-card") b: generateRetailCode(cardId: "demo-card") c: generateRetailCode(cardId: "demo-card") }');
    expect(res.errors).toBeUndefined();
    const { a, b, c } = res.data as Record<string, string>;
    expect(a).toBe(SEED_CODE);
    expect(new Set([a, b, c]).size).toBe(3);
    expect(await h.calls(RETAIL.code)).toBe(3);
  });

  it('is never retried: an upstream 503 is reported after one call', async () => {
    await h.fault({ route: RETAIL.code, status: 503, times: 1 });
    const res = await h.runAs('demo-user', 'mutation { generateRetailCode(cardId: "demo-card") }');
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(RETAIL.code)).toBe(1);
  });

  it('refuses a bad card id before any call, and is NOT_FOUND for a card not yours, UNAUTHENTICATED without a ticket', async () => {
    expect((await h.runAs('demo-user', GENERATE, { card: 'demo card' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await h.runAs(undefined, GENERATE, { card: 'demo-card' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-participant', GENERATE, { card: 'demo-card' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
