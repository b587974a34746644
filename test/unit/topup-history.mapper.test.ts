import { describe, expect, it } from 'vitest';
import { topUpHistoryResponse } from '../../sim/fixtures/topup-history.fixture.js';
import type { TopUpRecordDto } from '../../src/datasources/payments/topup.dto.js';
import { isTopUpHistoryDto } from '../../src/datasources/payments/topup.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { decodeCursor } from '../../src/mappers/paging.js';
import { checkTopUpPageArgs, toTopUp, toTopUpPage } from '../../src/mappers/topup-history.mapper.js';

const seed = parseLosslessJson(topUpHistoryResponse) as TopUpRecordDto[];

describe('the seed history', () => {
  it('passes the guard', () => {
    expect(isTopUpHistoryDto(seed)).toBe(true);
  });

  it('gives every record in cents, whatever unit its outer amount used (the steps are the evidence)', () => {
    const rows = seed.map((record) => [record.amount, toTopUp(record).amountCents]);
    expect(rows).toEqual([
      [2022, 2022], // outer in cents: its only step is 2022 cents
      [22, 2200],
      [1500, 150000], // outer in units: the refund chain's steps are 150000 cents
      [20, 2000],
      [20, 2000],
      [5.1, 510],
      [5.1, 510],
      [13, 1300],
      [10, 1000],
      [6, 600],
      [5.1, 510],
      [5.1, 510],
      [5.1, 510],
      [5.1, 510],
      [5.1, 510],
    ]);
  });

  it('agrees with each record: its cents are its steps’ cents, and its outer amount is those cents or those cents in units', () => {
    for (const record of seed) {
      const topUp = toTopUp(record);
      for (const step of topUp.steps) expect(step.amountCents).toBe(topUp.amountCents);
      expect([topUp.amountCents, topUp.amountCents / 100]).toContain(record.amount);
    }
  });

  it('orders steps as the chain runs, charge → top-up → refund (the upstream lists them newest first)', () => {
    const kinds = seed.map((record) => toTopUp(record).steps.map((step) => step.kind).join(' → '));
    expect(kinds[2]).toBe('CHARGE → TOPUP → REFUND');
    expect(kinds[1]).toBe('CHARGE → TOPUP');
    expect(kinds[0]).toBe('TOPUP');
    expect(kinds[3]).toBe('CHARGE');
    for (const chain of kinds) expect(['TOPUP', 'CHARGE', 'CHARGE → TOPUP', 'CHARGE → TOPUP → REFUND']).toContain(chain);
  });

  it('maps a step whole: status, time, currency upper case, coins digit for digit, nulls kept', () => {
    expect(toTopUp(seed[1]!)).toEqual({
      id: 'urn:authenticateit:transaction_request:0c97d9c6-402f-4fd3-8fdb-a34af3148edd',
      status: 'SUCCESS',
      at: '2019-05-03T05:16:00Z',
      amountCents: 2200,
      steps: [
        { kind: 'CHARGE', status: 'SUCCESS', at: '2019-05-03T05:16:00Z', amountCents: 2200, currency: 'AUD', chargeId: 'ch_1EVtkcEFVOePY2EFQBBtOqDj', coins: null, hash: null, reason: null },
        {
          kind: 'TOPUP',
          status: 'SUCCESS',
          at: '2019-05-03T05:16:20Z',
          amountCents: 2200,
          currency: 'AUD',
          chargeId: 'ch_1EVtkcEFVOePY2EFQBBtOqDj',
          coins: '56420000000000000000000',
          hash: 'ceac3ab7c0c9256cce9b7cb39e0048ff',
          reason: null,
        },
      ],
    });
    expect(toTopUp(seed[0]!).status).toBe('PENDING');
    expect(toTopUp(seed[5]!).steps[0]!.reason).toBe("Can't charge customer. 2019-02-18T08:18:00Z");
  });
});

describe('a chain without steps', () => {
  const bare = (amount: number | string): TopUpRecordDto => ({ amount, history: [], id: 'x', status: 'pending', ts: '2019-05-03T19:51:55Z' });

  it('reads the outer amount as currency units, exactly', () => {
    expect([toTopUp(bare(5.1)).amountCents, toTopUp(bare('22')).amountCents, toTopUp(bare(20.22)).amountCents]).toEqual([510, 2200, 2022]);
  });

  it("refuses fractions of a cent as the upstream's fault", () => {
    expect(() => toTopUp(bare('5.123'))).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_UNAVAILABLE' }) }));
  });
});

describe('toTopUpPage', () => {
  it('pages the whole history, each record once, with cursors that tell repeated ids apart', () => {
    const twice = [...seed, seed[0]!];
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = toTopUpPage(twice, 3, after);
      expect(page.totalCount).toBe(16);
      seen.push(...page.edges.map((edge) => decodeCursor(edge.cursor)));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(16);
    expect(new Set(seen).size).toBe(16);
    expect(seen.at(-1)).toBe(`${seed[0]!.id} 2019-05-03T19:51:55Z #1`);
  });

  it('checks first and after before anything is fetched', () => {
    expect(() => checkTopUpPageArgs(101, null)).toThrow(/first/);
    expect(() => checkTopUpPageArgs(10, 'forged')).toThrow(/after/);
    expect(() => checkTopUpPageArgs(null, undefined)).not.toThrow();
  });
});
