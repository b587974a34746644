import { describe, expect, it } from 'vitest';
import { withdrawalLimitsResponse } from '../../sim/fixtures/withdrawal-limits.fixture.js';
import { earningsStatementResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import { isEarningsStatementDto, isWithdrawalLimitsDto } from '../../src/datasources/payments/withdrawal-reports.guards.js';
import type { EarningsStatementDto, WithdrawalLimitsDto } from '../../src/datasources/payments/withdrawal-reports.dto.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toEarningsPeriods } from '../../src/mappers/earnings.mapper.js';
import { toWithdrawalLimits } from '../../src/mappers/withdrawal-limits.mapper.js';

const limits = parseLosslessJson(withdrawalLimitsResponse) as WithdrawalLimitsDto;
const earnings = parseLosslessJson(earningsStatementResponse) as EarningsStatementDto;

describe('toWithdrawalLimits on the seed example', () => {
  it('keeps coins digit for digit, Floats as floats, the currency upper-cased, levels in order', () => {
    expect(isWithdrawalLimitsDto(limits)).toBe(true);
    const mapped = toWithdrawalLimits(limits);
    expect(mapped).toMatchObject({ currency: 'AUD', currencySymbol: '$', startAt: '2022-06-01T14:00:00Z' });
    expect(mapped.current).toEqual({
      level: 'basic',
      levelMaxValue: 20,
      levelMaxValueEarnings: 20,
      booster: 0.5,
      coinsLimitBasedOnEarnings: '1660000000000000000000',
      coinsTransferred: '1661882809999999995904',
      coinsTransferredWithoutBoosters: '1620000000000000000000',
      coinPrice: 1.1855364552459988e-20,
      rest: 0.4742145820983995,
      restCoins: '40000000000000000000',
      restType: 'rest_based_earnings',
      value: 19.889999999999997,
      from: '2022-09-01T00:00:00Z',
      to: '2022-10-01T00:00:00Z',
    });
    expect(mapped.levels.map((l) => l.level)).toEqual(['basic', 'bronze', 'silver', 'gold', 'platinum', 'ambassador']);
    expect(mapped.levels[5]).toEqual({ level: 'ambassador', maxBooster: 425, maxValue: 75, maxValueWithBooster: 500 });
  });

  it('refuses limits whose coins are not whole numbers', () => {
    expect(isWithdrawalLimitsDto({ ...limits, current_limit: { ...limits.current_limit, coins_transfered: '1.5' } })).toBe(false);
    expect(isWithdrawalLimitsDto({ ...limits, currency: undefined })).toBe(false);
  });
});

describe('toEarningsPeriods on the seed example', () => {
  it('gives every coin value digit for digit (0, strings, -119088159031979250176) and null for the 0000-01-01 placeholder', () => {
    expect(isEarningsStatementDto(earnings)).toBe(true);
    expect(toEarningsPeriods(earnings)).toEqual([
      { period: '2022-08', year: 2022, month: 8, earnedCoins: '830000000000000000000', transferredCoins: '0', balance: '0', balanceAt: null, balanceType: 'transfers' },
      {
        period: '2022-09',
        year: 2022,
        month: 9,
        earnedCoins: '4444000000000000000000',
        transferredCoins: '4849623999999999995904',
        balance: '2592141309999999889411',
        balanceAt: '2022-09-21T02:08:43Z',
        balanceType: 'transfers',
      },
      {
        period: '2022-11',
        year: 2022,
        month: 11,
        earnedCoins: '-119088159031979250176',
        transferredCoins: '0',
        balance: '-119088159031979250176',
        balanceAt: '2022-12-29T01:09:57Z',
        balanceType: 'earnings',
      },
    ]);
  });

  it('keeps the digits when the upstream sends the balance as a JSON number past 2^53', () => {
    const dto = parseLosslessJson('{"result":[{"balance":-119088159031979250176,"balance_ts":"2022-12-29T01:09:57Z","balance_type":"earnings","earn_coins":0,"month":11,"period":"2022-11","transfer_coins":0,"year":2022}]}');
    expect(isEarningsStatementDto(dto)).toBe(true);
    expect(toEarningsPeriods(dto as EarningsStatementDto)[0]!.balance).toBe('-119088159031979250176');
  });

  it('fails on a period without a real month (the upstream\'s fault)', () => {
    const bad = { result: [{ ...earnings.result[0]!, month: 13 }] };
    expect(() => toEarningsPeriods(bad)).toThrow(/unexpected answer/);
  });
});
