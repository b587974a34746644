import type { LevelRuleDto, LoyaltyProgramDto } from '../datasources/payments/retail.dto.js';
import type { LevelRule, LoyaltyLevel, LoyaltyProgram } from '../types/loyalty-program.type.js';
import { toInt } from './values.js';

/**
 * One rule to reach a level. Note: sessions' programs say `purchases` where levels' programs
 * say `purchases_count` for the same thing; both are `purchases` here.
 */
function toLevelRule(rule: LevelRuleDto): LevelRule {
  return {
    type: rule.type,
    purchases: toInt(rule.purchases ?? rule.purchases_count),
    spends: rule.spends ?? null,
    valueAud: rule.value_aud ?? null,
    periodDays: toInt(rule.period_days),
  };
}

/**
 * The program's levels: `level_up` (rules, in the program's order) joined with `rebate`
 * (percent) by level id; a level only `rebate` names comes after them. Note: a level
 * without a rebate entry grants none: 0 %.
 */
function toLevels(program: LoyaltyProgramDto): LoyaltyLevel[] {
  const percents = new Map((program.rebate ?? []).map((r) => [r.level_id, r.rebate_percents]));
  const levels = (program.level_up ?? []).map((level) => ({
    id: level.level_id,
    rebatePercent: percents.get(level.level_id) ?? 0,
    rules: level.rules.map(toLevelRule),
  }));
  const named = new Set(levels.map((level) => level.id));
  for (const [id, rebatePercent] of percents) if (!named.has(id)) levels.push({ id, rebatePercent, rules: [] });
  return levels;
}

/** A participant's loyalty program, as sessions and levels embed it. */
export function toLoyaltyProgram(program: LoyaltyProgramDto): LoyaltyProgram {
  return {
    id: program.id,
    name: program.name,
    description: program.description ?? null,
    type: program.type ?? null,
    status: program.status ?? null,
    country: program.country ?? null,
    bgColor: program.bgcolor ?? null,
    imageSmall: program.image_small ?? null,
    imageBig: program.image_big ?? null,
    coinPaymentsRule: program.coin_payments_rule
      ? { type: program.coin_payments_rule.type, currencyValue: program.coin_payments_rule.currency_value }
      : null,
    levels: toLevels(program),
    userLevel: program.user_level ?? null,
  };
}
