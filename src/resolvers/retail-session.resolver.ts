import { Arg, Ctx, Extensions, ID, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import type { RetailSessionDto } from '../datasources/payments/retail.dto.js';
import { checkRetailText, toRetailFilter } from '../mappers/retail-input.mapper.js';
import { toRetailSession } from '../mappers/retail-session.mapper.js';
import { assertReferenceFits, carriesPaymentReference, toTerminalStatusMetadata, toUserStatusMetadata } from '../mappers/retail-update.mapper.js';
import { Topic } from '../pubsub/topics.js';
import { RetailSessionTerminalUpdate, RetailSessionUserUpdate } from '../types/retail-session.input.js';
import { RetailSession } from '../types/retail-session.type.js';
import { RequireDeviceTicket } from './require-device-ticket.middleware.js';

/** Tells every subscriber of the session, on every instance, that it changed; returns the session as shaped for the graph. */
function published({ pubsub }: GatewayContext, sessionId: string, session: RetailSessionDto): RetailSession {
  pubsub.publish(Topic.RetailSessionChanged, sessionId, { sessionId });
  return toRetailSession(session);
}

/** Retail-connect sessions: reads, init from the terminal, and each side's steps. */
@Resolver(() => RetailSession)
export class RetailSessionResolver {
  @Query(() => RetailSession, { nullable: true, description: 'GET /payments-service/retail_connect/v1/sessions/session' })
  async retailSession(@Ctx() { payments }: GatewayContext, @Arg('id', () => ID) id: string): Promise<RetailSession> {
    return toRetailSession(await payments.retail.getRetailSession(checkRetailText('id', id)));
  }

  @Query(() => [RetailSession], { nullable: true, description: 'GET /payments-service/retail_connect/v1/sessions' })
  async retailSessions(
    @Ctx() { payments }: GatewayContext,
    @Arg('code', () => String, { nullable: true }) code: string | null,
    @Arg('participantId', () => ID, { nullable: true }) participantId: string | null,
    @Arg('cardId', () => ID, { nullable: true }) cardId: string | null,
  ): Promise<RetailSession[]> {
    return (await payments.retail.getRetailSessions(toRetailFilter({ code, participantId, cardId }))).map(toRetailSession);
  }

  @Mutation(() => RetailSession, { description: 'POST /payments-service/retail_connect/v1/sessions/session/init (terminal: needs the device ticket).' })
  @UseMiddleware(RequireDeviceTicket)
  async initRetailSession(@Ctx() { payments }: GatewayContext, @Arg('code', () => String) code: string): Promise<RetailSession> {
    return toRetailSession(await payments.retail.initRetailSession(checkRetailText('code', code, 'code')));
  }

  @Mutation(() => RetailSession, { description: 'PUT /payments-service/retail_connect/v1/sessions/session/update/user' })
  @Extensions({ moneyMoving: true })
  async updateRetailSessionAsUser(
    @Ctx() ctx: GatewayContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('update', () => RetailSessionUserUpdate) update: RetailSessionUserUpdate,
  ): Promise<RetailSession> {
    const id = checkRetailText('sessionId', sessionId);
    const metadata = toUserStatusMetadata(update);
    // Only a payment with a reference needs the session first (cash must carry none); memoised for this request.
    if (carriesPaymentReference(metadata)) assertReferenceFits(await ctx.payments.retail.getRetailSession(id), metadata);
    return published(ctx, id, await ctx.payments.retail.updateRetailSessionAsUser(id, metadata));
  }

  @Mutation(() => RetailSession, { description: 'PUT /payments-service/retail_connect/v1/sessions/session/update/terminal (needs the device ticket)' })
  @UseMiddleware(RequireDeviceTicket)
  // Note: money-moving whatever the action: PAYMENT_CONFIRM pays the rebate, and one step per operation is the rule.
  @Extensions({ moneyMoving: true })
  async updateRetailSessionAsTerminal(
    @Ctx() ctx: GatewayContext,
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('update', () => RetailSessionTerminalUpdate) update: RetailSessionTerminalUpdate,
  ): Promise<RetailSession> {
    const id = checkRetailText('sessionId', sessionId);
    return published(ctx, id, await ctx.payments.retail.updateRetailSessionAsTerminal(id, toTerminalStatusMetadata(update)));
  }
}
