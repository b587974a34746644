import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's rate card endpoints (seed 003 "Rate cards"), as sent. */

/** The reward a card gives users: one of percents, value or coins. */
export interface UserRewardsDto {
  percents?: JsonNumber | null;
  value?: JsonNumber | null;
  coins?: JsonNumber | null;
}

/** A rate card as read or set: `default` (`urn:authenticateit:rate_card`) or a participant's own. */
export interface RateCardDto {
  /** Coins per item, by item id. */
  adjustment?: Record<string, JsonNumber> | null;
  id: string;
  rate_card: {
    billable: boolean;
    budget?: { day?: JsonNumber | null; week?: JsonNumber | null; month?: JsonNumber | null } | null;
    gst?: JsonNumber | null;
    items: Array<{ id: string; name?: string | null; value: JsonNumber; events?: string[] | null }>;
    user_rewards?: UserRewardsDto | null;
  };
}

/** POST /payments-service/participants/rate_card/:id (the seed's `rate_card:id`). */
export interface SetRateCardDto {
  billable: boolean;
  user_rewards: { percents: number } | { value: number } | { coins: string };
  gst?: number;
  items: Array<{ id: string; value: number }>;
  budget?: { day?: number; week?: number; month?: number };
}
