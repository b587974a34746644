import { activatedBillingPlanResponse, trialBillingPlanResponse } from '../fixtures/participant-billing-plan.fixture.js';
import { paymentHistoryResponse } from '../fixtures/payment-history.fixture.js';
import { fromFixture, stored, type Stored } from '../http/stored.js';
import type { ParticipantBillingPlan } from './billing-plan.dto.js';
import type { PaymentRecord } from './payment-record.js';

/** A participant's billing plan: the bytes served and the object behind them. */
export interface StoredBillingPlan {
  readonly body: Buffer;
  readonly plan: ParticipantBillingPlan;
}

/**
 * Billing state, keyed by session ticket: each participant's current plan (with its card,
 * contract and notification emails, which the plan shows) and payment history.
 */
export interface BillingState {
  readonly plans: Map<string, StoredBillingPlan>;
  /** Each participant's payments, newest first. */
  readonly payments: Map<string, Stored<PaymentRecord[]>>;
  /** Last number used in a `card_sim_<n>` id. */
  cardSeq: number;
}

// Note: built once per process; a reset reuses the same bytes, and nothing
// ever mutates a stored plan (a change stores a new one).
const SEED_PLANS: ReadonlyMap<string, StoredBillingPlan> = new Map([
  ['demo-participant', planFromFixture(activatedBillingPlanResponse)],
  ['demo-system', planFromFixture(trialBillingPlanResponse)],
]);

const SEED_PAYMENTS: ReadonlyMap<string, Stored<PaymentRecord[]>> = new Map([
  ['demo-participant', fromFixture<PaymentRecord[]>(paymentHistoryResponse)],
  ['demo-system', stored<PaymentRecord[]>([])],
]);

function planFromFixture(text: string): StoredBillingPlan {
  const { body, value } = fromFixture<ParticipantBillingPlan>(text);
  return { body, plan: value };
}

/** A changed plan as stored and served. */
export function storedPlan(plan: ParticipantBillingPlan): StoredBillingPlan {
  const { body, value } = stored(plan);
  return { body, plan: value };
}

/** Billing state as in the seed: demo-participant on the activated `light` plan, demo-system on the `complete` trial. */
export function createBillingState(): BillingState {
  return { plans: new Map(SEED_PLANS), payments: new Map(SEED_PAYMENTS), cardSeq: 0 };
}
