import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Harness } from '../helpers/harness.js';
import { ACCOUNTS, FILTERED, HASH_OF_PLANS, HOME, MIN_FEE, PAGE, PAGE_BY_DEFAULT, PLANS_BY_HASH, REVIEWS, SEND, SYSTEM, TWO_OPERATIONS, USER, apq } from '../helpers/lane-operations.js';
import { allCalls, laneCount, post, twoLanes, type Outcome } from '../helpers/lanes.js';

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

describe('the fast lane answers what Apollo Server answers', () => {
  const lanes = twoLanes();
  afterEach(() => lanes.apollo.clearFaults());

  it.each(CASES)('$name', async ({ body, headers, outcome, taken, fault }) => {
    const { apollo, fast, logs } = lanes;
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
});
