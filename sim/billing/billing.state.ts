import { activatedBillingPlanResponse, trialBillingPlanResponse } from '../fixtures/participant-billing-plan.fixture.js';
import type { ParticipantBillingPlan } from './billing-plan.dto.js';

/** A participant's billing plan: the bytes served and the object behind them. */
export interface StoredBillingPlan {
  readonly body: Buffer;
  readonly plan: ParticipantBillingPlan;
}

/** Billing state: each participant's current plan, keyed by session ticket. */
export interface BillingState {
  readonly plans: Map<string, StoredBillingPlan>;
  /** Last number used in a `card_sim_<n>` id. */
  cardSeq: number;
}

// Note: built once per process; a reset reuses the same bytes, and nothing
// ever mutates a stored plan (a change stores a new one).
const SEED_PLANS: ReadonlyMap<string, StoredBillingPlan> = new Map([
  ['demo-participant', fromFixture(activatedBillingPlanResponse)],
  ['demo-system', fromFixture(trialBillingPlanResponse)],
]);

function fromFixture(text: string): StoredBillingPlan {
  return { body: Buffer.from(text, 'utf8'), plan: JSON.parse(text) as ParticipantBillingPlan };
}

/** Billing state as in the seed: demo-participant on the activated `light` plan, demo-system on the `complete` trial. */
export function createBillingState(): BillingState {
  return { plans: new Map(SEED_PLANS), cardSeq: 0 };
}
