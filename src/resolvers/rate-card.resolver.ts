import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { checkRateCardItemIds, toSetRateCardDto } from '../mappers/rate-card-input.mapper.js';
import { toRateCard } from '../mappers/rate-card.mapper.js';
import { toRateCardTarget } from '../mappers/rate-card-target.mapper.js';
import { Participant } from '../types/participant.type.js';
import { RateCardInput } from '../types/rate-card.input.js';
import { RateCard } from '../types/rate-card.type.js';

/** Rate cards: the participant's own, anyone's for the system participant, and their administration. */
@Resolver(() => Participant)
export class RateCardResolver {
  @FieldResolver(() => RateCard, { nullable: true, description: 'GET /payments-service/participants/rate_card' })
  async rateCard(@Ctx() { payments }: GatewayContext): Promise<RateCard> {
    return toRateCard(await payments.rateCard.getRateCard());
  }

  @Query(() => RateCard, {
    name: 'rateCard',
    nullable: true,
    description: 'GET /payments-service/participants/rate_card. A system participant may pass a participant id or "default".',
  })
  async rateCardOf(
    @Ctx() { payments }: GatewayContext,
    @Arg('participantId', () => ID, { nullable: true }) participantId: string | null | undefined,
  ): Promise<RateCard> {
    return toRateCard(await payments.rateCard.getRateCard(toRateCardTarget(participantId, { allowDefault: true }) ?? undefined));
  }

  /** Seed 003: the items must be the Settings' items, which are the default card's: it is read first. */
  @Mutation(() => RateCard, { description: 'POST /payments-service/participants/rate_card:id (system participant); participantId may be "default".' })
  async setRateCard(
    @Ctx() { payments }: GatewayContext,
    @Arg('participantId', () => ID) participantId: string,
    @Arg('input', () => RateCardInput) input: RateCardInput,
  ): Promise<RateCard> {
    const id = toRateCardTarget(participantId, { allowDefault: true })!;
    const body = toSetRateCardDto(input);
    checkRateCardItemIds(body, await payments.rateCard.getRateCard('default'));
    return toRateCard(await payments.rateCard.setRateCard(id, body));
  }

  @Mutation(() => Boolean, { description: 'DELETE /payments-service/participants/rate_card/:id (system participant)' })
  async deleteRateCard(@Ctx() { payments }: GatewayContext, @Arg('participantId', () => ID) participantId: string): Promise<boolean> {
    await payments.rateCard.deleteRateCard(toRateCardTarget(participantId, { allowDefault: false })!);
    return true;
  }
}
