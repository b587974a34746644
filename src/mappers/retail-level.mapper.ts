import type { LevelRuleProgressDto, RetailLevelDto } from '../datasources/payments/retail.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { LevelRuleProgress, RetailLevel } from '../types/retail-level.type.js';
import { toLoyaltyProgram } from './loyalty-program.mapper.js';
import { toDateTime, toInt } from './values.js';

/** A rule's progress; its target is the number under the key the rule's type names (`"spends": 2000`). */
function toRuleProgress(rule: LevelRuleProgressDto): LevelRuleProgress {
  return { type: rule.type, target: rule[rule.type] as number, userValue: rule.user_value, passed: rule.pass };
}

/** A user's level at a participant; the ids of its counted sessions are kept for the `sessions` field. */
export function toRetailLevel(dto: RetailLevelDto): RetailLevel {
  const purchasesCount = toInt(dto.counters.purchases_count);
  if (purchasesCount === null || Math.abs(purchasesCount) > 2 ** 31 - 1) {
    throw new UpstreamShapeError('payments', 'a level whose purchases_count is not an Int');
  }
  return {
    id: dto.id,
    userId: dto.user_id,
    participantId: dto.participant_id,
    level: dto.user_level,
    nextLevel: dto.user_level_next ?? null,
    rebatePercent: dto.user_level_rebate_percents,
    activityFrom: toDateTime(dto.activity_from_utc_ts),
    activityTo: toDateTime(dto.activity_to_utc_ts),
    nextLevelAt: toDateTime(dto.next_ts_utc),
    calculatedAt: toDateTime(dto.calculated_ts),
    purchasesCount,
    spends: dto.counters.spends,
    rules: (dto.rules ?? []).map(toRuleProgress),
    loyaltyProgram: toLoyaltyProgram(dto.loyalty_program),
    sessionIds: dto.counters.sessions ?? [],
  };
}
