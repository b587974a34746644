import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toParticipantBillingPlan } from '../mappers/billing-plan.mapper.js';
import { toUpstreamId } from '../mappers/upstream-id.mapper.js';
import { ParticipantBillingPlan } from '../types/billing-plan.type.js';

/** Ending the participant's plan contract. */
@Resolver()
export class ContractResolver {
  /**
   * Note: the upstream answers the termination with nothing to show, so the plan is read
   * back after it; the only plan it can read is the caller's own, which is the contract a
   * participant may terminate.
   */
  @Mutation(() => ParticipantBillingPlan, { description: 'GET /participants/:id/contract/terminate' })
  async terminateContract(
    @Ctx() { payments }: GatewayContext,
    @Arg('participantId', () => ID) participantId: string,
  ): Promise<ParticipantBillingPlan> {
    await payments.participant.terminateContract(toUpstreamId(participantId, 'participantId'));
    return toParticipantBillingPlan(await payments.billing.getCurrentBillingPlan());
  }
}
