import { describe, expect, it } from 'vitest';
import { retailLevelResponse } from '../../sim/fixtures/retail-level.fixture.js';
import type { RetailLevelDto } from '../../src/datasources/payments/retail.dto.js';
import { isRetailLevelDto } from '../../src/datasources/payments/retail.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toRetailLevel } from '../../src/mappers/retail-level.mapper.js';

const parsed = () => parseLosslessJson(retailLevelResponse) as Record<string, any>;

describe('toRetailLevel on the seed example', () => {
  it('gives the level, its times, counters and the ids of its sessions', () => {
    expect(isRetailLevelDto(parsed())).toBe(true);
    const level = toRetailLevel(parsed() as RetailLevelDto);
    expect(level).toMatchObject({
      userId: 'urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8',
      participantId: 'urn:authenticateit:participant:735879621218609',
      level: 'casual',
      nextLevel: 'regular',
      rebatePercent: 15,
      activityFrom: '2023-04-30T14:00:00Z',
      activityTo: '2023-05-31T13:59:59Z',
      nextLevelAt: '2023-06-30T14:00:00Z',
      calculatedAt: '2023-05-08T11:13:41Z',
      purchasesCount: 1,
      spends: 1000,
      sessionIds: ['urn:authenticateit:retail_connect:session:bee67223-1278-4ceb-b299-c579d85ee9e5'],
    });
    expect(level.rules).toEqual([
      { type: 'purchases_count', target: 5, userValue: 1, passed: false },
      { type: 'spends', target: 2000, userValue: 1000, passed: false },
    ]);
  });

  it("reads the level program's `purchases_count` rules as `purchases`", () => {
    const program = toRetailLevel(parsed() as RetailLevelDto).loyaltyProgram;
    expect(program).toMatchObject({ name: 'NovaStore', status: 'active', userLevel: null, coinPaymentsRule: { currencyValue: 2000 } });
    expect(program.levels[2]).toEqual({
      id: 'vip',
      rebatePercent: 33,
      rules: [
        { type: 'purchases_count', purchases: 10, spends: null, valueAud: null, periodDays: null },
        { type: 'spends', purchases: null, spends: 2500, valueAud: null, periodDays: null },
      ],
    });
  });

  it('refuses a rule without its target, and one whose target is inherited', () => {
    const noTarget = parsed();
    delete noTarget.rules[0].purchases_count;
    expect(isRetailLevelDto(noTarget)).toBe(false);
    const inherited = parsed();
    inherited.rules[0].type = 'constructor';
    expect(isRetailLevelDto(inherited)).toBe(false);
  });
});
