import type { Endpoint } from './endpoint.js';

/**
 * The payments service's REST operations (seed 003), one table so that paths, timeouts
 * and retry rules are read in one place. Paths are exact: some carry the
 * `/payments-service` prefix and some do not.
 */
export const PaymentsEndpoints = {
  getBillingPlans: { name: 'getBillingPlans', method: 'GET', path: '/payments-service/billing_plans', timeoutMs: 5000, retries: 1, kind: 'read' },
  getCurrentBillingPlan: {
    name: 'getCurrentBillingPlan',
    method: 'GET',
    path: '/payments-service/participants/current/billing_plan',
    timeoutMs: 5000,
    retries: 1,
    kind: 'read',
  },
  updateCurrentBillingPlan: {
    name: 'updateCurrentBillingPlan',
    method: 'PUT',
    path: '/payments-service/participants/current/billing_plan',
    // Charges a card: give the payment provider time rather than fail a payment that went through.
    timeoutMs: 30_000,
    retries: 0,
    kind: 'write',
  },
} as const satisfies Record<string, Endpoint>;
