import type { RestClient } from '../rest/rest-client.js';
import type { ChangeBillingPlanDto, ParticipantBillingPlanDto, PlanCatalogueDto } from './billing.dto.js';
import { BillingEndpoints as E } from './billing.endpoints.js';
import { isParticipantBillingPlanDto } from './billing.guards.js';

/**
 * The payments service's billing operations for one request. Methods are named after the
 * REST operations and return the upstream DTOs as sent (parsed losslessly, guarded);
 * shaping them is the mappers' job.
 */
export class BillingDataSource {
  constructor(private readonly rest: RestClient) {}

  /** GET /payments-service/billing_plans: the catalogue, the same for everyone, so shared. */
  getBillingPlans(): Promise<PlanCatalogueDto> {
    return this.rest.read(E.getBillingPlans);
  }

  /** GET /payments-service/participants/current/billing_plan. */
  getCurrentBillingPlan(): Promise<ParticipantBillingPlanDto> {
    return this.rest.read(E.getCurrentBillingPlan);
  }

  /** PUT /payments-service/participants/current/billing_plan; the body speaks the change-plan names. */
  async updateCurrentBillingPlan(body: ChangeBillingPlanDto): Promise<ParticipantBillingPlanDto | null> {
    const answer = await this.rest.write(E.updateCurrentBillingPlan, { body });
    return isParticipantBillingPlanDto(answer) ? answer : null;
  }
}
