/** The card of a participant's billing plan, as the payments service shows it (seed 003). */
export interface PlanCard {
  address_city: string | null;
  address_country: string | null;
  address_line1: string | null;
  address_line2: string | null;
  address_state: string | null;
  address_zip: string | null;
  brand: string;
  exp_month: number;
  exp_year: number;
  id: string;
  last4: string;
  name: string | null;
}

/** A participant's current billing plan (Read Current Billing Plan, seed 003); `form` is the seed's spelling. */
export interface ParticipantBillingPlan {
  card: PlanCard | null;
  contract: { from?: string; terminate_available: boolean; terminated: boolean; to?: string };
  paid_from: string | null;
  paid_to: string | null;
  /** A catalogue id (`light`), or a plan the catalogue lacks (`complete`). */
  plan: string;
  trial: { form?: string; status: boolean; to?: string };
  updated_at: string;
  user_email: string[];
}

/** Plan names the change endpoint takes (they differ from the catalogue ids). */
export type ChangePlanName = 'basic' | 'lite' | 'standard' | 'pro';

/** A card as given to the change endpoint: a client-side token, or the card's details. */
export type CardInput =
  | { readonly kind: 'nonce'; readonly nonce: string }
  | {
      readonly kind: 'details';
      readonly number: string;
      readonly expMonth: number;
      readonly expYear: number;
      readonly cvc: string;
      readonly name: string | null;
    };

/** A validated Change Billing Plan request. */
export interface ChangePlanRequest {
  readonly plan: ChangePlanName;
  readonly card: CardInput | null;
}
