import type { JsonNumber } from '../../lib/guard.js';

/**
 * Upstream JSON of the payments service's transfer moderation (seed 003 "Coinbase/Poloniex
 * transfers validation"), as sent. Only the system participant may call these.
 */

/** GET and POST /payments-service/coinbase/options and …/poloniex/options. */
export interface ApprovalOptionsDto {
  manual_approve: 'active' | 'inactive';
}

/** Where a transfer stands in moderation. */
export type ModerationStatusDto = 'pending' | 'manual_rejected' | 'manual_approved' | 'auto_approved';

/** Who a moderated transfer is sent to. */
export type TransferProviderDto = 'coinbase' | 'poloniex';

/** One entry of POST /payments-service/transfer/get. `id` is the moderation id (`…:manual`). */
export interface ModeratedTransferDto {
  id: string;
  request_id: string;
  type: TransferProviderDto;
  status: ModerationStatusDto;
  /** The transfer's own status (pending, success, failure). */
  request_status?: string | null;
  ts: string;
  user_id: string;
  user_email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
  account_email?: string | null;
  account_number?: string | null;
  account_address?: string | null;
  aud_amount?: JsonNumber | null;
  aud_fee_amount?: JsonNumber | null;
  coins_amount: JsonNumber;
  coins_fee: JsonNumber;
  /** The provider's answer, open-ended: passed through as JSON. */
  request_service_response?: unknown;
}

/** An entry for a provider added upstream after this gateway was written: left out, never fatal. */
export type OtherModeratedTransferDto = Record<string, unknown>;

/** POST /payments-service/transfer/get: a page, and how many match in all. */
export interface ModeratedTransferPageDto {
  count: JsonNumber;
  data: Array<ModeratedTransferDto | OtherModeratedTransferDto>;
}

/** The body of POST /payments-service/transfer/get. */
export interface ModerationQueryDto {
  user_id?: string;
  account_email?: string;
  ts_from?: string;
  ts_to?: string;
  status?: ModerationStatusDto[];
  type?: TransferProviderDto[];
  order_type: 'asc' | 'desc';
  order_by: 'ts';
  limit: number;
  offset: number;
}
