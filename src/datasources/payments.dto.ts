/** Upstream JSON of the payments service (seed 003), as sent: snake_case, loose types. */

/** A number the lossless parser kept as a string because a double would round it. */
export type JsonNumber = number | string;

/** `description_list`: an array of {label, value} in the stored doc, an object in GET billing_plans. */
export type DescriptionListDto = Array<{ label: string; value: boolean | string }> | Record<string, boolean | string>;

/** One catalogue plan. */
export interface PlanDto {
  id: string;
  name: string;
  cost: JsonNumber;
  hidden?: boolean;
  commitment_period?: JsonNumber;
  description?: string | null;
  upgrade_description?: string | null;
  modules?: string[];
  coin_rate?: JsonNumber;
  description_list?: DescriptionListDto;
}

/** GET /payments-service/billing_plans. */
export interface BillingPlansDto {
  id?: string;
  _id?: string;
  currency?: string;
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
  contract?: { from?: string | null; to?: string | null; terminated?: boolean; terminate_available?: boolean } | null;
  paid_from?: string | null;
  paid_to?: string | null;
  /** The upstream spells `from` as `form` in some answers. */
  trial?: { status?: boolean; from?: string | null; form?: string | null; to?: string | null } | null;
  updated_at?: string | null;
  user_email?: string[] | null;
}

/** PUT /payments-service/participants/current/billing_plan: plan names of the change-plan endpoint. */
export interface ChangeBillingPlanDto {
  plan: string;
  card?: { nonce: string } | { number: string; exp_month: number; exp_year: number; cvc: string; name?: string };
}
