import { Arg, Ctx, Extensions, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toParticipantBillingPlan } from '../mappers/billing-plan.mapper.js';
import { toChangeBillingPlanDto } from '../mappers/change-billing-plan.mapper.js';
import { findCataloguePlan } from '../mappers/plan-id.mapper.js';
import { toPlans } from '../mappers/plan.mapper.js';
import { ChangeBillingPlanInput } from '../types/billing-plan.input.js';
import { ParticipantBillingPlan } from '../types/billing-plan.type.js';
import { Plan } from '../types/plan.type.js';

/** A participant's billing plan: its catalogue plan, and the plan change. */
@Resolver(() => ParticipantBillingPlan)
export class ParticipantBillingPlanResolver {
  @FieldResolver(() => Plan, { nullable: true, description: 'the catalogue plan; null when planId is not in the catalogue' })
  async plan(@Root() billing: ParticipantBillingPlan, @Ctx() { payments }: GatewayContext): Promise<Plan | null> {
    return findCataloguePlan(billing.planId, toPlans(await payments.billing.getBillingPlans()));
  }

  @Extensions({ moneyMoving: true })
  @Mutation(() => ParticipantBillingPlan, {
    description: 'PUT /payments-service/participants/current/billing_plan. planId is a catalogue id (basic, light, pro, pro-corp).',
  })
  async changeBillingPlan(
    @Ctx() { payments, idempotency }: GatewayContext,
    @Arg('input', () => ChangeBillingPlanInput) input: ChangeBillingPlanInput,
  ): Promise<ParticipantBillingPlan> {
    const body = toChangeBillingPlanDto(input, toPlans(await payments.billing.getBillingPlans()));
    const key = input.idempotencyKey;
    const updated = await idempotency.run({ operation: 'changeBillingPlan', key, input: body }, () => payments.billing.updateCurrentBillingPlan(body));
    // The seed shows no answer for the PUT: use it when it is a billing plan, else read it back.
    return toParticipantBillingPlan(updated ?? (await payments.billing.getCurrentBillingPlan()));
  }
}
