import type { BillingPlansDto, ParticipantBillingPlanDto } from './payments.dto.js';

/**
 * Runtime checks of the payments service's answers, run before anything is memoised or
 * put in the shared cache: one malformed answer must fail one request, not be served to
 * everyone until its TTL runs out. They check what the graph relies on, no more.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAmount(value: unknown): boolean {
  return (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim()));
}

/** GET /payments-service/billing_plans: a list of plans, each with an id and a cost. */
export function isBillingPlansDto(value: unknown): value is BillingPlansDto {
  return (
    isRecord(value) &&
    Array.isArray(value.list) &&
    value.list.every((plan) => isRecord(plan) && typeof plan.id === 'string' && isAmount(plan.cost))
  );
}

/** GET /payments-service/participants/current/billing_plan: at least the plan id. */
export function isParticipantBillingPlanDto(value: unknown): value is ParticipantBillingPlanDto {
  return isRecord(value) && typeof value.plan === 'string';
}
