import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { checkRetailText, toRetailLevelQuery } from '../mappers/retail-input.mapper.js';
import { toRetailLevel } from '../mappers/retail-level.mapper.js';
import { toRetailSession } from '../mappers/retail-session.mapper.js';
import { RetailLevel } from '../types/retail-level.type.js';
import { RetailSession } from '../types/retail-session.type.js';

/** Most sessions one level loads (one upstream read each). */
const MAX_LEVEL_SESSIONS = 100;

/** A user's retail level and the code a terminal scans; both live at GET …/retail_connect/v1/code. */
@Resolver(() => RetailLevel)
export class RetailLevelResolver {
  @Query(() => RetailLevel, {
    nullable: true,
    description: 'GET /payments-service/retail_connect/v1/code with card_id, code or participant_id (one is required).',
  })
  async retailLevel(
    @Ctx() { payments }: GatewayContext,
    @Arg('cardId', () => ID, { nullable: true }) cardId: string | null,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('participantId', () => ID, { nullable: true }) participantId: string | null,
  ): Promise<RetailLevel> {
    return toRetailLevel(await payments.retail.getRetailLevel(toRetailLevelQuery({ cardId, code, participantId })));
  }

  @FieldResolver(() => [RetailSession], { nullable: true, description: 'the sessions counted (counters.sessions), each loaded by id' })
  async sessions(
    @Root() level: RetailLevel,
    @Ctx() { payments }: GatewayContext,
    @Arg('first', () => Int, { nullable: true, description: `the first sessions counted, at most ${MAX_LEVEL_SESSIONS} (the default)` })
    first: number | null,
  ): Promise<RetailSession[]> {
    const limit = first ?? MAX_LEVEL_SESSIONS;
    if (limit < 0 || limit > MAX_LEVEL_SESSIONS) throw new BadUserInputError(`"first" must be 0 to ${MAX_LEVEL_SESSIONS}.`);
    return (await payments.retail.loadRetailSessions(level.sessionIds.slice(0, limit))).map(toRetailSession);
  }

  @Mutation(() => String, { description: 'GET /payments-service/retail_connect/v1/code with card_id: a code for the terminal to scan.' })
  async generateRetailCode(@Ctx() { payments }: GatewayContext, @Arg('cardId', () => ID) cardId: string): Promise<string> {
    return payments.retail.generateRetailCode(checkRetailText('cardId', cardId));
  }
}
