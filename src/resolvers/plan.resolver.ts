import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toPlans } from '../mappers/plan.mapper.js';
import { Plan } from '../types/plan.type.js';

/** The plan catalogue, served from the shared cache. */
@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], {
    nullable: true,
    description: 'Billing plan catalogue (GET /payments-service/billing_plans). Served from the shared cache.',
  })
  async plans(
    @Ctx() { payments }: GatewayContext,
    @Arg('includeHidden', () => Boolean, { nullable: true, defaultValue: false }) includeHidden: boolean | null,
  ): Promise<readonly Plan[]> {
    const plans = toPlans(await payments.billing.getBillingPlans());
    return includeHidden === true ? plans : plans.filter((plan) => !plan.hidden);
  }

  @Query(() => Plan, { nullable: true, description: 'A catalogue plan by id (basic, light, pro, pro-corp); null when unknown.' })
  async plan(@Ctx() { payments }: GatewayContext, @Arg('id', () => ID) id: string): Promise<Plan | null> {
    return toPlans(await payments.billing.getBillingPlans()).find((plan) => plan.id === id) ?? null;
  }
}
