import type { JsonNumber } from '../../lib/guard.js';

/** Upstream JSON of the payments service's billing endpoints (seed 003), as sent: snake_case, loose types. */

/** `description_list`: an array of {label, value} in the stored doc, an object in GET billing_plans. */
export type DescriptionListDto = Array<{ label: string; value: boolean | string }> | Record<string, boolean | string>;

/** One plan of the catalogue. */
export interface PlanDto {
  id: string;
  name?: string | null;
  cost: JsonNumber;
  hidden?: boolean | null;
  /** Weeks. */
  commitment_period?: number | null;
  description?: string | null;
  upgrade_description?: string | null;
  modules?: string[] | null;
  coin_rate: JsonNumber;
  description_list?: DescriptionListDto | null;
}

/** GET /payments-service/billing_plans: the plan catalogue, one currency for every plan. */
export interface PlanCatalogueDto {
  currency: string;
  list: PlanDto[];
}

/** A payment card as the billing plan endpoints send it. */
export interface CardDto {
  id?: string | null;
  brand?: string | null;
  last4?: string | null;
  exp_month?: JsonNumber | null;
  exp_year?: JsonNumber | null;
  name?: string | null;
  address_line1?: string | null;
  address_line2?: string | null;
  address_city?: string | null;
  address_state?: string | null;
  address_zip?: string | null;
  address_country?: string | null;
}

/** GET /payments-service/participants/current/billing_plan. */
export interface ParticipantBillingPlanDto {
  plan: string;
  card?: CardDto | null;
  contract?: { from?: string | null; to?: string | null; terminated?: boolean | null; terminate_available?: boolean | null } | null;
  paid_from?: string | null;
  paid_to?: string | null;
  /** The upstream spells `from` as `form` in some answers. */
  trial?: { status?: boolean | null; from?: string | null; form?: string | null; to?: string | null } | null;
  updated_at?: string | null;
  user_email?: string[] | null;
}

/** PUT /payments-service/participants/current/billing_plan: plan names of the change-plan endpoint. */
export interface ChangeBillingPlanDto {
  plan: string;
  card?: { nonce: string } | { number: string; exp_month: number; exp_year: number; cvc: string; name?: string };
}
