import type { RateCardDto, SetRateCardDto } from '../datasources/payments/rate-card.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import type { RateCardInput, UserRewardsInput } from '../types/rate-card.input.js';

const BUDGET_PERIODS = ['day', 'week', 'month'] as const;

function nonNegative(value: number, field: string): number {
  if (!Number.isFinite(value) || value < 0) throw new BadUserInputError(`"${field}" must be a non-negative number.`);
  return value;
}

/**
 * `user_rewards` by the seed's rules: one of percents, value (non-negative numbers) or
 * coins (coin units). Note: "should contain percents, coins or value" is read as exactly
 * one, since with two the reward would be ambiguous.
 */
function toUserRewards(input: UserRewardsInput): SetRateCardDto['user_rewards'] {
  const given = (['percents', 'value', 'coins'] as const).filter((key) => input[key] !== null && input[key] !== undefined);
  if (given.length !== 1) throw new BadUserInputError('"userRewards" must give exactly one of percents, value or coins.');
  if (input.coins !== null && input.coins !== undefined) {
    if (input.coins.startsWith('-')) throw new BadUserInputError('"userRewards.coins" must not be negative.');
    return { coins: input.coins };
  }
  if (input.percents !== null && input.percents !== undefined) return { percents: nonNegative(input.percents, 'userRewards.percents') };
  return { value: nonNegative(input.value!, 'userRewards.value') };
}

/**
 * The body of setRateCard, checked by the seed's rules before anything is sent, save the
 * item ids (see {@link checkRateCardItemIds}). BAD_USER_INPUT names the field.
 */
export function toSetRateCardDto(input: RateCardInput): SetRateCardDto {
  if (input.items.length === 0) throw new BadUserInputError('"items" must list at least one item.');
  const seen = new Set<string>();
  const items = input.items.map((item, i) => {
    if (seen.has(item.id)) throw new BadUserInputError(`"items[${i}].id" lists ${JSON.stringify(item.id.slice(0, 40))} a second time.`);
    seen.add(item.id);
    return { id: item.id, value: nonNegative(item.value, `items[${i}].value`) };
  });
  const gst = input.gstPercent;
  if (gst !== null && gst !== undefined && gst < 0) throw new BadUserInputError('"gstPercent" must be a non-negative integer.');
  const dto: SetRateCardDto = { billable: input.billable, user_rewards: toUserRewards(input.userRewards), items };
  if (gst !== null && gst !== undefined) dto.gst = gst;
  if (input.budget) {
    const budget: NonNullable<SetRateCardDto['budget']> = {};
    for (const period of BUDGET_PERIODS) {
      const value = input.budget[period];
      if (value !== null && value !== undefined) budget[period] = nonNegative(value, `budget.${period}`);
    }
    dto.budget = budget;
  }
  return dto;
}

/**
 * Seed 003: "items.id should be filled according Settings". The Settings' items are those
 * of the default card, which the caller (the system participant, the only one who may
 * set cards) reads first; an id outside them is BAD_USER_INPUT naming it.
 */
export function checkRateCardItemIds(dto: SetRateCardDto, defaultCard: RateCardDto): void {
  const known = defaultCard.rate_card.items.map((item) => item.id);
  const knownSet = new Set(known);
  dto.items.forEach((item, i) => {
    if (!knownSet.has(item.id)) throw new BadUserInputError(`"items[${i}].id" must be one of ${known.join(', ')}.`);
  });
}
