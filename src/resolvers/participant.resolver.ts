import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toParticipantBillingPlan } from '../mappers/billing-plan.mapper.js';
import { ParticipantBillingPlan } from '../types/billing-plan.type.js';
import { Participant } from '../types/participant.type.js';

/** The participant namespace and its fields. */
@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => Participant, { description: 'The participant (brand/merchant account) that the session belongs to.' })
  participant(): Participant {
    return new Participant();
  }

  @FieldResolver(() => ParticipantBillingPlan, {
    nullable: true,
    description: 'GET /payments-service/participants/current/billing_plan',
  })
  async billingPlan(@Ctx() { payments }: GatewayContext): Promise<ParticipantBillingPlan> {
    return toParticipantBillingPlan(await payments.billing.getCurrentBillingPlan());
  }
}
