import type { JsonNumber } from '../../lib/guard.js';
import type { FeeDto } from './fees.dto.js';
import type { TransferHistoryDto } from './transfers.dto.js';

/** Upstream JSON of POST /payments-service/transfer/limits (seed 003 "Read transfer limits"), as sent. */

/** The moderation request under review. */
export interface ReviewRequestDto {
  id: string;
  transfer_uuid?: string | null;
  action?: string | null;
  status: string;
  status_ts?: string | null;
  ts: string;
  coins: JsonNumber;
  profile_coins?: JsonNumber | null;
  owner?: string | null;
  moderator_id?: string | null;
  fee?: FeeDto | null;
  /** The price of one coin base unit by currency code ("aud": 2.717391304347826e-22). */
  coins_prices?: Record<string, JsonNumber> | null;
}

/** The user who asked for the transfer. */
export interface ReviewUserDto {
  id: string;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  country?: string | null;
  level?: string | null;
  phone?: string | null;
  photo?: string | null;
}

/** The user's withdrawal limits for the period of the request. */
export interface ReviewLimitsDto {
  currency: string;
  level: string;
  boosted_value?: JsonNumber | null;
  history_value?: JsonNumber | null;
  max_level_value?: JsonNumber | null;
  record_value?: JsonNumber | null;
  total_max_level_value?: JsonNumber | null;
  ts_from?: string | null;
  ts_to?: string | null;
}

/** POST /payments-service/transfer/limits: the request, its user, their limits and recent transfers. */
export interface TransferReviewDto {
  request: ReviewRequestDto;
  user: ReviewUserDto;
  limits: ReviewLimitsDto;
  history: TransferHistoryDto['history'];
}
