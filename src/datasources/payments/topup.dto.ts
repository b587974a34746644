import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's TopUp endpoints (seed 003 "Coins TopUp"), as sent. */

/** GET /participants/topup/min_amount: the least a top-up may be, in cents, and what it buys. */
export interface TopUpMinimumDto {
  amount: JsonNumber;
  coins: JsonNumber;
  currency: string;
}

/** GET and POST /participants/topup/: the participant's automatic top-up. */
export interface TopUpSettingsDto {
  /** In cents; 0 when `minimal_amount` is set. */
  amount: JsonNumber;
  coins_threshold: JsonNumber;
  currency: string;
  frequency: 'daily' | 'weekly' | 'monthly';
  minimal_amount: boolean;
  status: 'active' | 'inactive';
}

/** POST /participants/topup/: `amount` is left out when `minimal_amount` is set. */
export interface SetTopUpDto {
  amount?: number;
  minimal_amount: boolean;
  coins_threshold: string;
  frequency: 'daily' | 'weekly' | 'monthly';
  status: 'active' | 'inactive';
}

/** The status of a top-up chain or of one of its steps. */
export type TopUpStatusDto = 'success' | 'failure' | 'pending';

/** One step of a top-up chain: a charge, the top-up itself, or a refund. Its amount is in cents. */
export interface TopUpStepDto {
  amount: JsonNumber;
  charge_id?: string | null;
  coins?: JsonNumber | null;
  currency: string;
  hash?: string | null;
  id?: string | null;
  reason?: string | null;
  status: TopUpStatusDto;
  sub_type: 'charge' | 'topup' | 'refund';
  ts: string;
}

/**
 * One record of GET /participants/topup/history?format=v2: a chain of steps, newest step
 * first. Its `amount` is in currency units in most records (22, 5.1) but not all (2022
 * with a step of 2022 cents); the steps' cents are the evidence.
 */
export interface TopUpRecordDto {
  amount: JsonNumber;
  history: TopUpStepDto[];
  id: string;
  status: TopUpStatusDto;
  ts: string;
}
