/** Retail-connect JSON of the payments service (seed 003) as the simulator stores and sends it: snake_case, keys as sent. */

/** The steps of a session, in order; `terminate` may end it at any step before `rebate_set`. */
export type SessionStatus = 'init' | 'amount_set' | 'payment_set' | 'payment_confirm' | 'rebate_set' | 'terminate';

/** Who made a change: the app user or the point-of-sale terminal. */
export type Side = 'user' | 'terminal';

/** How the customer pays the rest of the bill. */
export type PaymentMethod = 'cash' | 'cashless';

/** `statuses.payment_set.transaction`: the coins taken from the user. */
export interface TransactionJson {
  action: 'retail_connect';
  coins: string;
  coins_prices: Record<string, number>;
  currency: string;
  id: string;
  owner: string;
  profile_coins: string;
  session_id: string;
  ts: string;
  type: 'transaction_request';
}

/** What each step recorded, keyed by the step's status. */
export interface StatusesJson {
  amount_set?: { amount_value: number; payment_method: PaymentMethod; status: 'amount_set'; ts: string };
  payment_confirm?: { status: 'payment_confirm'; ts: string };
  payment_set?: {
    payment_coins: string;
    payment_reference: string | null;
    payment_result: { charge_id: string | null; status: string };
    payment_value: number;
    status: 'payment_set';
    transaction: TransactionJson;
    ts: string;
  };
  rebate_set?: { coins_rebate: string; status: 'rebate_set'; ts: string };
  terminate?: { status: 'terminate'; ts: string };
}

/** A participant's loyalty program as embedded in sessions and levels; only what the simulator reads is typed. */
export interface LoyaltyProgramJson {
  rebate?: Array<{ level_id: string; rebate_percents: number }>;
  user_level?: string;
  [key: string]: unknown;
}

/** A retail-connect session. */
export interface SessionJson {
  code: string;
  code_hash: string;
  coin_price: { price: number; timeout_sec: number; ts: string };
  create_ts: string;
  currency: string;
  device_id: string;
  id: string;
  is_expired: boolean;
  loyalty_program: LoyaltyProgramJson;
  operator_id: string;
  participant_id: string;
  status: SessionStatus;
  status_side: Side;
  statuses?: StatusesJson;
  timeout: number;
  type: 'retail_connect_session';
  update_ts: string;
  user_id: string;
}

/** One rule of a level with the user's progress on it. */
export interface LevelRuleJson {
  pass: boolean;
  type: string;
  user_value: number;
  [key: string]: unknown;
}

/** A user's level at a participant ("Get user level info"). */
export interface LevelJson {
  calculated_ts: string;
  counters: { purchases_count: number; sessions: string[]; spends: number };
  participant_id: string;
  rules: LevelRuleJson[];
  user_id: string;
  [key: string]: unknown;
}

/** A retail_connect record of the user's transfer history, shaped as the seed's history example. */
export interface RetailHistoryRecord {
  coins: string;
  currency: string;
  hash: null;
  id: string;
  status: 'success';
  ts: string;
  type: 'retail_connect';
}
