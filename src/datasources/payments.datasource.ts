import type { Credentials } from './credentials.js';
import type { BillingPlansDto, ChangeBillingPlanDto, ParticipantBillingPlanDto } from './payments.dto.js';
import { PaymentsEndpoints as E } from './payments.endpoints.js';
import { isBillingPlansDto, isParticipantBillingPlanDto } from './payments.guards.js';
import { RestDataSource, type DataSourceDeps } from './rest.datasource.js';
import { SessionTicketAuth } from './upstream-auth.js';

/** Shared-cache key of the plan catalogue; bump the version when its stored shape changes. */
const CATALOGUE_KEY = 'payments:billing_plans:v1';

/**
 * The payments service (seed 003) for one request, with the caller's session ticket.
 * Methods are named after the REST operations and return the upstream DTOs as sent
 * (parsed losslessly); shaping them is the mappers' job.
 */
export class PaymentsDataSource extends RestDataSource {
  constructor(
    credentials: Credentials,
    deps: DataSourceDeps,
    private readonly plansTtlSeconds: number,
  ) {
    super('payments', new SessionTicketAuth(credentials), deps);
  }

  /** GET /payments-service/billing_plans: the catalogue, the same for everyone, so shared. */
  getBillingPlans(): Promise<BillingPlansDto> {
    return this.read({
      endpoint: E.getBillingPlans,
      accept: isBillingPlansDto,
      shared: { key: CATALOGUE_KEY, ttlSeconds: this.plansTtlSeconds },
    });
  }

  /** GET /payments-service/participants/current/billing_plan. */
  getCurrentBillingPlan(): Promise<ParticipantBillingPlanDto> {
    return this.read({ endpoint: E.getCurrentBillingPlan, accept: isParticipantBillingPlanDto });
  }

  /** PUT /payments-service/participants/current/billing_plan; the body speaks the change-plan names. */
  updateCurrentBillingPlan(body: ChangeBillingPlanDto): Promise<ParticipantBillingPlanDto | null> {
    return this.write({ endpoint: E.updateCurrentBillingPlan, body });
  }
}
