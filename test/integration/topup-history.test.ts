import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const HISTORY = 'GET /participants/topup/history';
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

describe('participant.topUpHistory', () => {
  it('gives every seed record in cents, whatever unit the outer record used, steps in chain order', async () => {
    const res = await h.runAs<HistoryPage>('demo-participant', HISTORY_OP, { first: 20 });
    expect(res.errors).toBeUndefined();
    const history = res.data!.participant.topUpHistory;
    expect(history.totalCount).toBe(15);
    expect(history.edges.map((e) => e.node.amountCents)).toEqual([2022, 2200, 150000, 2000, 2000, 510, 510, 1300, 1000, 600, 510, 510, 510, 510, 510]);
    expect(history.edges[2]!.node).toMatchObject({
      id: 'urn:authenticateit:transaction_request:4209ca46-e83c-46a0-ae76-e636942b3bfb',
      status: 'FAILURE',
      steps: [
        { kind: 'CHARGE', status: 'SUCCESS', amountCents: 150000, hash: null },
        { kind: 'TOPUP', status: 'FAILURE', amountCents: 150000, hash: 'd748ecf0c4c9704fa55def804900081e' },
        { kind: 'REFUND', status: 'SUCCESS', amountCents: 150000 },
      ],
    });
    expect(history.edges[1]!.node.steps).toMatchObject([
      { kind: 'CHARGE', chargeId: 'ch_1EVtkcEFVOePY2EFQBBtOqDj', coins: null, at: '2019-05-03T05:16:00Z' },
      { kind: 'TOPUP', coins: '56420000000000000000000', currency: 'AUD', at: '2019-05-03T05:16:20Z' },
    ]);
    expect(history.edges[3]!.node.steps).toEqual([
      expect.objectContaining({ kind: 'CHARGE', status: 'FAILURE', reason: "Can't charge customer. 2019-02-20T08:21:01Z" }),
    ]);
    expect(await h.calls(HISTORY)).toBe(1);
  });

  it('pages with opaque cursors, each record once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res: { data?: HistoryPage | null } = await h.runAs<HistoryPage>('demo-participant', HISTORY_OP, { first: 4, after });
      const connection = res.data!.participant.topUpHistory;
      seen.push(...connection.edges.map((e) => e.node.id));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(15);
    expect(new Set(seen).size).toBe(15);
  });

  it('refuses first over 100 or a made-up cursor before any call', async () => {
    for (const variables of [{ first: 101 }, { first: -1 }, { after: 'bogus' }]) {
      const res = await h.runAs('demo-participant', HISTORY_OP, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
  });

  it('is UNAUTHENTICATED without a ticket (no call) and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, HISTORY_OP, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', HISTORY_OP, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
