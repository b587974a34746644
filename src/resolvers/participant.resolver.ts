import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toParticipantBillingPlan } from '../mappers/billing-plan.mapper.js';
import { toPayments } from '../mappers/payment-history.mapper.js';
import { ParticipantBillingPlan } from '../types/billing-plan.type.js';
import { Participant } from '../types/participant.type.js';
import { Payment } from '../types/payment.type.js';

/** The participant namespace and its billing fields. */
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

  @FieldResolver(() => [Payment], { nullable: true, description: 'GET /payments-service/participants/current/payment_history' })
  async paymentHistory(@Ctx() { payments }: GatewayContext): Promise<Payment[]> {
    return toPayments(await payments.participant.getPaymentHistory());
  }
}
