import { createHash, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';
import { recordLogs } from '../helpers/log-recorder.js';

const USER = { authenticateit_identity_ticket: 'demo-user' };
const SYSTEM = { authenticateit_identity_ticket: 'demo-system' };
const ACCOUNTS = 'GET /payments-service/withdrawal/account';
const TRANSFER = 'POST /payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';
const MIN_FEE = '1000000000000000000';

const HOME = `query Home($first: Int!) {
  me {
    balance { totalCoins }
    walletAddresses { address }
    withdrawalAccounts { allowedTransferTypes accounts { id kind } }
    transfers(first: $first) { edges { node { id kind status } } }
  }
  plans { id cost }
  coinPrice(currency: "AUD") { currency perCoin }
}`;
const FILTERED = `query Filtered($filter: String) { me { transfers(first: 20, filter: $filter) { edges { node { id kind status } } } } }`;
const PAGE = `query Page($n: Int) { me { transfers(first: $n) { edges { node { id } } } } }`;
// The balance: an upstream call that an operation refused for its cost must never make.
const PAGE_BY_DEFAULT = `query Page($n: Int = 100000) { me { balance { totalCoins } transfers(first: $n) { edges { node { id } } } } }`;
const REVIEWS = `{ moderation { transfers(first: 10) { items { id review { limits { level } } audit: review { user { email } } } } } }`;
// Its own text, so that an APQ hash first reaches the fast lane through the registration below.
const PLANS_BY_HASH = '{ plans { id name } }';
const apq = (sha256Hash: string) => ({ persistedQuery: { version: 1, sha256Hash } });
const HASH_OF_PLANS = createHash('sha256').update(PLANS_BY_HASH).digest('hex');
const TWO_OPERATIONS = `query A { plans { id } } query B { coinPrice(currency: "AUD") { perCoin } }`;
const SEND = `mutation Send($coins: Coins!, $fee: Coins!, $key: String) {
  transferToEthereum(input: { address: "${ADDRESS}", coins: $coins, fee: $fee, idempotencyKey: $key }) { address coins fee status kind }
}`;

type Outcome = 'answered' | 'handed_over';

interface Case {
  name: string;
  /** The body of each request (a function: a fresh idempotency key each time). */
  body: () => Record<string, unknown>;
  headers?: Record<string, string>;
  /**
   * What the fast lane does with the case's three requests, and with how many: all three
   * when an earlier case has already taken the text through Apollo's pipeline, else the
   * last two (the first prepares it).
   */
  outcome: Outcome;
  taken: number;
  /** A simulator fault in place while the case runs. */
  fault?: { route: string; status: number };
}

/** Requests whose answers (status, content type, body byte for byte) and upstream calls must not depend on the lane. */
const CASES: Case[] = [
  { name: 'the home screen', body: () => ({ query: HOME, variables: { first: 5 } }), headers: USER, outcome: 'answered', taken: 2 },
  { name: 'a filter variable', body: () => ({ query: FILTERED, variables: { filter: 'kind:cashout OR status:pending' } }), headers: USER, outcome: 'answered', taken: 2 },
  { name: 'one field selected twice under an alias, per list item', body: () => ({ query: REVIEWS }), headers: SYSTEM, outcome: 'answered', taken: 2 },
  {
    name: "Apollo Client's Accept header (application/graphql-response+json preferred)",
    body: () => ({ query: REVIEWS }),
    headers: { ...SYSTEM, accept: 'application/graphql-response+json,application/json;q=0.9' },
    outcome: 'answered',
    taken: 3,
  },
  { name: 'two operations, one chosen by name', body: () => ({ query: TWO_OPERATIONS, operationName: 'B' }), headers: USER, outcome: 'answered', taken: 2 },
  {
    name: 'a money-moving mutation with a fresh idempotency key',
    body: () => ({ query: SEND, variables: { coins: '1', fee: MIN_FEE, key: randomUUID() } }),
    headers: USER,
    outcome: 'answered', taken: 2,
  },
  { name: 'a filter the gateway refuses (a field error)', body: () => ({ query: FILTERED, variables: { filter: 'colour:blue' } }), headers: USER, outcome: 'handed_over', taken: 3 },
  { name: 'an upstream that fails (partial data)', body: () => ({ query: HOME, variables: { first: 5 } }), headers: USER, outcome: 'handed_over', taken: 3, fault: { route: ACCOUNTS, status: 503 } },
  { name: 'a variable of the wrong type', body: () => ({ query: HOME, variables: { first: 'five' } }), headers: USER, outcome: 'handed_over', taken: 3 },
  { name: 'a required variable missing', body: () => ({ query: HOME, variables: {} }), headers: USER, outcome: 'handed_over', taken: 3 },
  { name: 'a page size within the cost limit', body: () => ({ query: PAGE, variables: { n: 5 } }), headers: USER, outcome: 'answered', taken: 2 },
  // The limits weigh variables: the fast lane checks them again, and hands the refusal to Apollo unrun.
  { name: 'a page size over the cost limit, by its variable', body: () => ({ query: PAGE, variables: { n: 100_000 } }), headers: USER, outcome: 'handed_over', taken: 3 },
  { name: 'a page size by a default within the limit, sent', body: () => ({ query: PAGE_BY_DEFAULT, variables: { n: 5 } }), headers: USER, outcome: 'answered', taken: 2 },
  { name: 'the same without variables: the default is over the limit', body: () => ({ query: PAGE_BY_DEFAULT }), headers: USER, outcome: 'handed_over', taken: 3 },
  { name: 'an empty operation name for the only, anonymous operation', body: () => ({ query: REVIEWS, operationName: '' }), headers: SYSTEM, outcome: 'answered', taken: 0 },
  { name: 'an APQ registration: the text with its hash', body: () => ({ query: PLANS_BY_HASH, extensions: apq(HASH_OF_PLANS) }), headers: USER, outcome: 'answered', taken: 0 },
  { name: 'the APQ hash alone', body: () => ({ extensions: apq(HASH_OF_PLANS) }), headers: USER, outcome: 'answered', taken: 3 },
  { name: 'an APQ hash never registered (PERSISTED_QUERY_NOT_FOUND)', body: () => ({ extensions: apq('c'.repeat(64)) }), headers: USER, outcome: 'answered', taken: 0 },
  { name: 'no credentials', body: () => ({ query: HOME, variables: { first: 1 } }), outcome: 'handed_over', taken: 3 },
  {
    name: 'a mutation the upstream refuses',
    body: () => ({ query: SEND, variables: { coins: '99999999999999999999999', fee: MIN_FEE, key: randomUUID() } }),
    headers: USER,
    outcome: 'handed_over', taken: 3,
  },
];

/** Status, headers (but the date and the request id, which differ every time) and body. */
async function post(h: Harness, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(h.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const answerHeaders = [...res.headers].filter(([name]) => name !== 'date' && name !== 'x-request-id');
  return { status: res.status, headers: answerHeaders, text: await res.text() };
}

async function metric(h: Harness, pattern: RegExp): Promise<number> {
  const text = await (await fetch(h.gateway.url.replace('/graphql', '/metrics'))).text();
  return Number(new RegExp(`^${pattern.source} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
}

const laneCount = (h: Harness, outcome: Outcome) => metric(h, new RegExp(`gateway_fast_lane_total\\{outcome="${outcome}"\\}`));

/** Upstream calls of all endpoints so far. */
async function allCalls(h: Harness): Promise<number> {
  return Object.values(await h.stats()).reduce((sum, n) => sum + n, 0);
}

describe('the fast lane answers what Apollo Server answers', () => {
  let apollo: Harness;
  let fast: Harness;
  const logs = recordLogs();
  beforeAll(async () => {
    // LOCAL_CACHE_TTL_MS=0: no response cache, so public queries take the lanes too.
    apollo = await startHarness({ env: { FAST_LANE: 'false', LOCAL_CACHE_TTL_MS: '0' } });
    fast = await startHarness({ sim: apollo.sim, env: { LOCAL_CACHE_TTL_MS: '0' }, logger: logs.logger });
  });
  afterAll(async () => {
    await fast?.close();
    await apollo?.close();
  });
  afterEach(() => apollo.clearFaults());

  it.each(CASES)('$name', async ({ body, headers, outcome, taken, fault }) => {
    if (fault) await apollo.fault(fault);
    // The first request of a text goes through Apollo's pipeline on both; the next ones
    // take the fast lane on one of them.
    const answers = async (h: Harness) => {
      const out: Array<Awaited<ReturnType<typeof post>> & { calls: number }> = [];
      for (let i = 0; i < 3; i++) {
        const before = await allCalls(h);
        out.push({ ...(await post(h, body(), headers)), calls: (await allCalls(h)) - before });
      }
      return out;
    };
    const expected = await answers(apollo);
    const before = { answered: await laneCount(fast, 'answered'), handed: await laneCount(fast, 'handed_over') };
    const actual = await answers(fast);
    expect(actual).toEqual(expected);
    expect((await laneCount(fast, 'answered')) - before.answered).toBe(outcome === 'answered' ? taken : 0);
    expect((await laneCount(fast, 'handed_over')) - before.handed).toBe(outcome === 'handed_over' ? taken : 0);
    expect(await laneCount(apollo, 'answered')).toBe(0);
    // Apollo took every outcome it was handed (src/server/fast-lane/handed-over.ts).
    expect(logs.lines.filter((line) => line.msg.includes('fast lane'))).toEqual([]);
  });

  it("gives each caller their own answer when callers run one prepared operation at once", async () => {
    const participant = { authenticateit_identity_ticket: 'demo-participant' };
    const query = 'query Mine { me { balance { totalCoins } transfers(first: 3) { edges { node { id } } } } }';
    const expected = new Map([
      [USER, await post(apollo, { query }, USER)],
      [participant, await post(apollo, { query }, participant)],
    ]);
    expect(expected.get(USER)!.text).not.toBe(expected.get(participant)!.text);
    await post(fast, { query }, USER);
    const before = await laneCount(fast, 'answered');
    const callers = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? USER : participant));
    const answers = await Promise.all(callers.map((caller) => post(fast, { query }, caller)));
    answers.forEach((answer, i) => expect(answer).toEqual(expected.get(callers[i]!)));
    expect((await laneCount(fast, 'answered')) - before).toBe(10);
  });

  it('runs a mutation once per request, whether it succeeds or the upstream refuses it', async () => {
    for (const coins of ['1', '99999999999999999999999']) {
      const send = () => post(fast, { query: SEND, variables: { coins, fee: MIN_FEE, key: randomUUID() } }, USER);
      await send();
      const before = await fast.calls(TRANSFER);
      for (let i = 0; i < 3; i++) await send();
      expect((await fast.calls(TRANSFER)) - before).toBe(3);
    }
  });

  it('refuses a page over the cost limit without asking the upstream, whatever the lane', async () => {
    await post(fast, { query: PAGE, variables: { n: 5 } }, USER);
    const before = await allCalls(fast);
    const refused = await post(fast, { query: PAGE, variables: { n: 100_000 } }, USER);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await allCalls(fast)).toBe(before);
  });

  it('counts and logs each operation once, in either lane', async () => {
    const ok = /gateway_graphql_operations_total\{operation="Filtered",transport="http",outcome="ok"\}/;
    const refused = /gateway_graphql_operations_total\{operation="Filtered",transport="http",outcome="BAD_USER_INPUT"\}/;
    const start = { ok: await metric(fast, ok), refused: await metric(fast, refused) };
    for (let i = 0; i < 3; i++) await post(fast, { query: FILTERED, variables: { filter: 'status:pending' } }, USER);
    for (let i = 0; i < 2; i++) await post(fast, { query: FILTERED, variables: { filter: 'colour:blue' } }, USER);
    expect((await metric(fast, ok)) - start.ok).toBe(3);
    expect((await metric(fast, refused)) - start.refused).toBe(2);
  });

  it.each([
    ['a client that accepts no JSON answer', { query: REVIEWS }, { ...SYSTEM, accept: 'text/html' }],
    ['empty extensions beside the query', { query: REVIEWS, extensions: {} }, SYSTEM],
    ['a text/plain body', { query: REVIEWS }, { ...SYSTEM, 'content-type': 'text/plain' }],
  ])('leaves %s to Apollo', async (_name, body, headers) => {
    await post(apollo, { query: REVIEWS }, SYSTEM);
    await post(fast, { query: REVIEWS }, SYSTEM);
    const before = { answered: await laneCount(fast, 'answered'), handed: await laneCount(fast, 'handed_over') };
    expect(await post(fast, body, headers)).toEqual(await post(apollo, body, headers));
    expect(await laneCount(fast, 'answered')).toBe(before.answered);
    expect(await laneCount(fast, 'handed_over')).toBe(before.handed);
  });
});
