import { amount, arrayOf, bool, coins, obj, opt, recordOf, str, type Guard } from '../../lib/guard.js';
import type { RateCardDto } from './rate-card.dto.js';

/** A rate card, checked before anything is used: every field the graph reads. */
export const isRateCardDto: Guard<RateCardDto> = obj({
  adjustment: opt(recordOf(coins)),
  id: str,
  rate_card: obj({
    billable: bool,
    budget: opt(obj({ day: opt(amount), week: opt(amount), month: opt(amount) })),
    gst: opt(amount),
    items: arrayOf(obj({ id: str, name: opt(str), value: amount, events: opt(arrayOf(str)) })),
    user_rewards: opt(obj({ percents: opt(amount), value: opt(amount), coins: opt(coins) })),
  }),
});
