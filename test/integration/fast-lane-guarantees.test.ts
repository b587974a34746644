import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FILTERED, MIN_FEE, PAGE, REVIEWS, SEND, SYSTEM, TRANSFER, USER } from '../helpers/lane-operations.js';
import { allCalls, laneCount, metric, post, twoLanes } from '../helpers/lanes.js';

describe('the fast lane keeps what Apollo Server guarantees', () => {
  const lanes = twoLanes();

  it("gives each caller their own answer when callers run one prepared operation at once", async () => {
    const { apollo, fast } = lanes;
    const participant = { authenticateit_identity_ticket: 'demo-participant' };
    const query = 'query Mine { me { balance { totalCoins } transfers(first: 3) { edges { node { id } } } } }';
    // The seed gives every caller the same wallet: one transfer sets the participant's apart.
    await post(apollo, { query: SEND, variables: { coins: '1', fee: MIN_FEE, key: randomUUID() } }, participant);
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
    const { fast } = lanes;
    for (const coins of ['1', '99999999999999999999999']) {
      const send = () => post(fast, { query: SEND, variables: { coins, fee: MIN_FEE, key: randomUUID() } }, USER);
      await send();
      const before = await fast.calls(TRANSFER);
      for (let i = 0; i < 3; i++) await send();
      expect((await fast.calls(TRANSFER)) - before).toBe(3);
    }
  });

  it('refuses a page over the cost limit without asking the upstream, whatever the lane', async () => {
    const { fast } = lanes;
    await post(fast, { query: PAGE, variables: { n: 5 } }, USER);
    const before = await allCalls(fast);
    const refused = await post(fast, { query: PAGE, variables: { n: 100_000 } }, USER);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await allCalls(fast)).toBe(before);
  });

  it('counts and logs each operation once, in either lane', async () => {
    const { fast } = lanes;
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
    const { apollo, fast } = lanes;
    await post(apollo, { query: REVIEWS }, SYSTEM);
    await post(fast, { query: REVIEWS }, SYSTEM);
    const before = { answered: await laneCount(fast, 'answered'), handed: await laneCount(fast, 'handed_over') };
    expect(await post(fast, body, headers)).toEqual(await post(apollo, body, headers));
    expect(await laneCount(fast, 'answered')).toBe(before.answered);
    expect(await laneCount(fast, 'handed_over')).toBe(before.handed);
  });
});
