import { badRequest } from '../http/errors.js';
import type { SetRateCardRequest, UserRewards } from './rate-card.dto.js';

const COINS = /^\d{1,78}$/;
const BUDGET_PERIODS = ['day', 'month', 'week'] as const;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonNegative(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function bad(message: string): Error {
  return badRequest(message, 'payments-bad_rate_card');
}

/**
 * A Set rate card body checked by the seed's rules: `billable` and `user_rewards` required;
 * `items` a non-empty list of `{id, value}` whose ids are the Settings' items (each once)
 * and whose values are non-negative numbers; `user_rewards` one of `percents`, `value`
 * (non-negative numbers) or `coins` (coins format); `gst` a non-negative integer.
 * Note: "should contains percents, coins or value" is read as exactly one: two would
 * leave the reward ambiguous.
 */
export function parseSetRateCard(body: unknown, knownItems: ReadonlySet<string>): SetRateCardRequest {
  if (!isObject(body)) throw bad('Body must be a JSON object');
  const { billable, user_rewards: rewards, gst, items, budget } = body;
  if (typeof billable !== 'boolean') throw bad('billable is required, a boolean');
  if (gst !== undefined && !(Number.isSafeInteger(gst) && (gst as number) >= 0)) throw bad('gst must be a non-negative integer');
  if (!Array.isArray(items) || items.length === 0) throw bad('items is required and must list items');
  const seen = new Set<string>();
  const parsed = items.map((item: unknown, i) => {
    if (!isObject(item) || typeof item.id !== 'string' || !knownItems.has(item.id)) {
      throw bad(`items[${i}].id must be one of ${[...knownItems].join(', ')}`);
    }
    if (seen.has(item.id)) throw bad(`items[${i}].id ${item.id} is listed twice`);
    seen.add(item.id);
    if (!isNonNegative(item.value)) throw bad(`items[${i}].value must be a non-negative number`);
    return { id: item.id, value: item.value };
  });
  return { billable, budget: parseBudget(budget), gst: gst as number | undefined, items: parsed, userRewards: parseUserRewards(rewards) };
}

function parseUserRewards(rewards: unknown): UserRewards {
  if (!isObject(rewards)) throw bad('user_rewards is required, an object');
  const given = (['coins', 'percents', 'value'] as const).filter((key) => rewards[key] !== undefined);
  if (given.length !== 1) throw bad('user_rewards must contain exactly one of percents, coins or value');
  const key = given[0]!;
  const value = rewards[key];
  if (key === 'coins') {
    if (typeof value !== 'string' || !COINS.test(value)) throw bad('user_rewards.coins must be in coins format');
    return { coins: value };
  }
  if (!isNonNegative(value)) throw bad(`user_rewards.${key} must be a non-negative number`);
  return { [key]: value };
}

function parseBudget(budget: unknown): SetRateCardRequest['budget'] {
  if (budget === undefined || budget === null) return undefined;
  if (!isObject(budget)) throw bad('budget must be an object');
  const out: Record<string, number> = {};
  for (const period of BUDGET_PERIODS) {
    const value = budget[period];
    if (value === undefined || value === null) continue;
    if (!isNonNegative(value)) throw bad(`budget.${period} must be a non-negative number`);
    out[period] = value;
  }
  return out;
}
