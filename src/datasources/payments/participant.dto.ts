import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's participant endpoints (seed 003), as sent: snake_case, loose types. */

/** One payment of GET /payments-service/participants/current/payment_history; the card comes as flat fields. */
export interface PaymentDto {
  /** The upstream's spelling; `card_brand` is taken too, should it ever be fixed. */
  card_barnd?: string | null;
  card_brand?: string | null;
  card_exp_month?: JsonNumber | null;
  card_exp_year?: JsonNumber | null;
  card_last4?: string | null;
  card_name?: string | null;
  currency: string;
  rows: Array<{ amount: JsonNumber; description: string }>;
  status: string;
  summary_amount: JsonNumber;
  ts: string;
}

/** PUT /payments-service/participants/notifications/email: an address, or a user whose profile email is used. */
export type NotificationEmailDto = { email: string } | { user_id: string };

/** GET/PUT /payments-service/participants/current/ethereum: `address` may be null or missing. */
export interface EthereumAccountDto {
  address?: string | null;
}

/** GET /payments-service/participants/deposit/ethereum. */
export interface DepositSettingsDto {
  address?: string | null;
  unlimited_coins?: boolean | null;
  /** "Optional, 0 by default". */
  coins?: JsonNumber | null;
  fee?: {
    source?: string | null;
    status?: string | null;
    ts?: string | null;
    type?: string | null;
    value?: JsonNumber | null;
  } | null;
}

/** GET /participants/promo_code/check. */
export interface PromoCodeDto {
  code: string;
  days_value: number;
}
