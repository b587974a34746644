import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's retail-connect endpoints (seed 003), as sent: snake_case, loose types. */

/** A rule to reach a level: `purchases` in sessions, `purchases_count` in levels. */
export interface LevelRuleDto {
  type: string;
  purchases?: JsonNumber | null;
  purchases_count?: JsonNumber | null;
  spends?: number | null;
  value_aud?: number | null;
  period_days?: JsonNumber | null;
}

/** A participant's loyalty program, as embedded in sessions and levels. */
export interface LoyaltyProgramDto {
  id: string;
  name: string;
  description?: string | null;
  type?: string | null;
  status?: string | null;
  country?: string | null;
  bgcolor?: string | null;
  image_small?: string | null;
  image_big?: string | null;
  coin_payments_rule?: { type: string; currency_value: number } | null;
  level_up?: Array<{ level_id: string; rules: LevelRuleDto[] }> | null;
  rebate?: Array<{ level_id: string; rebate_percents: number }> | null;
  user_level?: string | null;
}

/** The step statuses of a session, in the upstream's spelling. */
export type RetailStatusDto = 'init' | 'amount_set' | 'payment_set' | 'payment_confirm' | 'rebate_set' | 'terminate';

/** What each step recorded (`statuses`), keyed by the step. */
export interface RetailStatusesDto {
  amount_set?: { amount_value: JsonNumber; payment_method: 'cash' | 'cashless'; ts: string } | null;
  payment_set?: {
    payment_value: JsonNumber;
    payment_coins: JsonNumber;
    payment_reference?: string | null;
    payment_result?: { status?: string | null } | null;
    transaction?: { id?: string | null } | null;
    ts: string;
  } | null;
  payment_confirm?: { ts: string } | null;
  rebate_set?: { coins_rebate: JsonNumber; ts: string } | null;
  terminate?: { ts: string } | null;
}

/** A retail-connect session (init, read, update answers). */
export interface RetailSessionDto {
  id: string;
  code: string;
  code_hash?: string | null;
  status: RetailStatusDto;
  status_side: 'user' | 'terminal';
  currency: string;
  /** `price`: of one coin base unit, a float such as 6.145e-21 (text when the lossless parser kept it). */
  coin_price?: { price: JsonNumber; timeout_sec: JsonNumber; ts: string } | null;
  create_ts: string;
  update_ts?: string | null;
  is_expired: boolean;
  timeout: JsonNumber;
  device_id?: string | null;
  operator_id?: string | null;
  participant_id: string;
  user_id: string;
  loyalty_program?: LoyaltyProgramDto | null;
  statuses?: RetailStatusesDto | null;
}

/** One rule of a level with the user's progress: the target sits under the key the rule's `type` names. */
export interface LevelRuleProgressDto {
  type: string;
  pass: boolean;
  user_value: number;
  [target: string]: unknown;
}

/** "Get user level info". */
export interface RetailLevelDto {
  id: string;
  user_id: string;
  participant_id: string;
  user_level: string;
  user_level_next?: string | null;
  user_level_rebate_percents: number;
  activity_from_utc_ts?: string | null;
  activity_to_utc_ts?: string | null;
  next_ts_utc?: string | null;
  calculated_ts?: string | null;
  counters: { purchases_count: JsonNumber; spends: number; sessions?: string[] | null };
  rules?: LevelRuleProgressDto[] | null;
  loyalty_program: LoyaltyProgramDto;
}

/** "Generate code". */
export interface RetailCodeDto {
  code: string;
}

/** `status_metadata` of an update, as the upstream takes it. */
export type StatusMetadataDto =
  | { status: 'amount_set'; amount_value: number; payment_method: 'cash' | 'cashless' }
  | { status: 'payment_set'; payment_value: number; payment_coins: string; payment_reference: string | null }
  | { status: 'payment_confirm' }
  | { status: 'terminate' };
