import { describe, expect, it } from 'vitest';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { transferFilter } from '../../src/mappers/transfer-filter.js';
import type { AnyTransfer } from '../../src/mappers/transfer.mapper.js';
import { TransferKind, TransferStatus } from '../../src/types/transfer.enums.js';

const base = { id: 'x', status: TransferStatus.PENDING, at: '2021-06-30T06:25:13Z', coins: '43611000000000000000000', hash: null };
const cashout = { ...base, kind: TransferKind.CASHOUT, currency: 'AUD' } as unknown as AnyTransfer;
const deposit = { ...base, kind: TransferKind.DEPOSIT, status: TransferStatus.SUCCESS, coins: null, hash: '0xAB' } as unknown as AnyTransfer;

describe('transferFilter', () => {
  it('keeps everything for no filter or a blank one', () => {
    for (const filter of [null, undefined, '', ' \t']) expect(transferFilter(filter)(cashout)).toBe(true);
  });

  it('matches every field: kind, status, at, coins (exactly, as integers), hash, currency; kinds without a currency have none', () => {
    const cases: Array<[string, boolean, boolean]> = [
      ['kind:cashout', true, false],
      ['status:success', false, true],
      ['at:>=2021-06-30 at:<2021-07-01', true, true],
      ['coins:>43610999999999999999999', true, false],
      ['coins:43611000000000000000000', true, false],
      ['coins:*', false, true],
      ['hash:0xab', false, true],
      ['currency:aud', true, false],
      ['currency:*', false, true],
      ['-kind:deposit OR hash:*', true, false],
    ];
    for (const [filter, onCashout, onDeposit] of cases) {
      const keep = transferFilter(filter);
      expect([keep(cashout), keep(deposit)], filter).toEqual([onCashout, onDeposit]);
    }
  });

  it('refuses a bad filter when compiled, naming the position', () => {
    expect(() => transferFilter('kind:cashout AND (')).toThrow(BadUserInputError);
    expect(() => transferFilter('status:lost')).toThrow(/lost/);
    expect(() => transferFilter('value:1')).toThrow(/unknown field "value" at position 1/);
  });

  it('compiles a filter text once and reuses it; a bad one is refused every time, never kept', () => {
    const first = transferFilter('kind:cashout OR status:pending');
    expect(transferFilter('kind:cashout OR status:pending')).toBe(first);
    expect(first(cashout)).toBe(true);
    for (let i = 0; i < 2; i++) expect(() => transferFilter('kind:cashout AND (')).toThrow(BadUserInputError);
  });
});
