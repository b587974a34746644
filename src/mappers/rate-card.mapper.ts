import type { RateCardDto } from '../datasources/payments/rate-card.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { RateCard } from '../types/rate-card.type.js';
import { toCoins } from './money-values.js';
import { toFloat } from './values.js';

/** A rate card; `adjustment` (coins per item id) becomes a list in the upstream's order. */
export function toRateCard(dto: RateCardDto): RateCard {
  const card = dto.rate_card;
  const budget = card.budget;
  const rewards = card.user_rewards;
  return {
    id: dto.id,
    billable: card.billable,
    gstPercent: toFloat(card.gst),
    budget: budget ? { day: toFloat(budget.day), week: toFloat(budget.week), month: toFloat(budget.month) } : null,
    items: card.items.map((item) => {
      const value = toFloat(item.value);
      if (value === null) throw new UpstreamShapeError('payments', 'a rate card item without value');
      return { id: item.id, name: item.name ?? null, value, events: item.events ?? [] };
    }),
    userRewards: rewards
      ? { percents: toFloat(rewards.percents), value: toFloat(rewards.value), coins: rewards.coins == null ? null : toCoins(rewards.coins) }
      : null,
    adjustments: Object.entries(dto.adjustment ?? {}).map(([itemId, coins]) => ({ itemId, coins: toCoins(coins)! })),
  };
}
