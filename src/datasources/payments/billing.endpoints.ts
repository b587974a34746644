import { anything } from '../../lib/guard.js';
import type { Endpoint } from '../rest/endpoint.js';
import { isParticipantBillingPlanDto, isPlanCatalogueDto } from './billing.guards.js';

/**
 * The payments service's billing operations (seed 003): the plan catalogue and the
 * participant's plan. Paths are exact: some carry the `/payments-service` prefix and some
 * do not.
 */
export const BillingEndpoints = {
  getBillingPlans: {
    name: 'getBillingPlans',
    method: 'GET',
    path: '/payments-service/billing_plans',
    timeoutMs: 5000,
    retries: 2,
    kind: 'read',
    accept: isPlanCatalogueDto,
    // The catalogue is the same for everyone: shared by every caller the upstream accepts.
    shared: { key: 'payments:billing_plans:v2', ttl: 'plansTtlSeconds' },
  },
  getCurrentBillingPlan: {
    name: 'getCurrentBillingPlan',
    method: 'GET',
    path: '/payments-service/participants/current/billing_plan',
    timeoutMs: 5000,
    retries: 2,
    kind: 'read',
    accept: isParticipantBillingPlanDto,
  },
  updateCurrentBillingPlan: {
    name: 'updateCurrentBillingPlan',
    method: 'PUT',
    path: '/payments-service/participants/current/billing_plan',
    // Charges a card: give the payment provider time rather than fail a payment that went through.
    timeoutMs: 10_000,
    retries: 0,
    kind: 'write',
    // The seed shows no answer for the PUT; the datasource uses it only when it is a billing plan.
    accept: anything,
    userErrors: ['payments-bad_plan', 'payments-card_required', 'payments-bad_card', 'payments-card_declined', 'payments-downgrade_too_early'],
  },
} as const satisfies Record<string, Endpoint<unknown>>;
