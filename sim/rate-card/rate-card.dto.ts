/** One item of a rate card: what an event kind pays. */
export interface RateCardItem {
  events: string[];
  id: string;
  name: string;
  value: number;
}

/** User rewards: exactly one of percents, coins or value. */
export interface UserRewards {
  coins?: string;
  percents?: number;
  value?: number;
}

/** The card itself, keys in the seed's (alphabetical) order. */
export interface RateCardBody {
  billable: boolean;
  budget?: { day?: number; month?: number; week?: number };
  gst?: number;
  items: RateCardItem[];
  user_rewards: UserRewards;
}

/** A rate card as Read rate card answers it. */
export interface RateCardDoc {
  /** Coins per item, by item id. */
  adjustment: Record<string, string>;
  /** `urn:authenticateit:rate_card` for the default card, `<participant id>@rate_card` for a custom one. */
  id: string;
  rate_card: RateCardBody;
  type: 'rate_card';
}

/** A validated Set rate card body. */
export interface SetRateCardRequest {
  billable: boolean;
  budget: { day?: number; month?: number; week?: number } | undefined;
  gst: number | undefined;
  items: Array<{ id: string; value: number }>;
  userRewards: UserRewards;
}
