import { Arg, Ctx, Extensions, FieldResolver, Int, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { checkTopUpPageArgs, toTopUpPage } from '../mappers/topup-history.mapper.js';
import { checkTopUpAmount, toManualTopUpAmount, toSetTopUpDto, toTopUpMinimum, toTopUpSettings } from '../mappers/topup.mapper.js';
import { Participant } from '../types/participant.type.js';
import { TopUpConnection } from '../types/topup-history.type.js';
import { TopUpInput } from '../types/topup.input.js';
import { TopUpMinimum, TopUpSettings } from '../types/topup.type.js';

/** Coin top-ups: the automatic top-up, its minimum, the history, and manual top-ups. */
@Resolver(() => Participant)
export class TopUpResolver {
  @FieldResolver(() => TopUpSettings, { nullable: true, description: 'GET /participants/topup/; null when none is set' })
  async topUp(@Ctx() { payments }: GatewayContext): Promise<TopUpSettings | null> {
    const dto = await payments.topUp.getTopUp();
    return dto && toTopUpSettings(dto);
  }

  @FieldResolver(() => TopUpMinimum, { nullable: true, description: 'GET /participants/topup/min_amount' })
  async topUpMinimum(@Ctx() { payments }: GatewayContext): Promise<TopUpMinimum> {
    return toTopUpMinimum(await payments.topUp.getTopUpMinAmount());
  }

  @FieldResolver(() => TopUpConnection, { nullable: true, description: 'GET /participants/topup/history?format=v2, newest first' })
  async topUpHistory(
    @Ctx() { payments }: GatewayContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<TopUpConnection> {
    checkTopUpPageArgs(first, after);
    return toTopUpPage(await payments.topUp.getTopUpHistory(), first, after);
  }

  @Mutation(() => TopUpSettings, { description: 'POST /participants/topup/' })
  async setTopUp(@Ctx() { payments }: GatewayContext, @Arg('input', () => TopUpInput) input: TopUpInput): Promise<TopUpSettings> {
    const body = toSetTopUpDto(input);
    // The minimum is read only when an amount has to be checked against it.
    if (body.amount !== undefined) checkTopUpAmount(body.amount, toTopUpMinimum(await payments.topUp.getTopUpMinAmount()));
    return toTopUpSettings(await payments.topUp.setTopUp(body));
  }

  @Mutation(() => Boolean, { description: 'DELETE /participants/topup/' })
  async deleteTopUp(@Ctx() { payments }: GatewayContext): Promise<boolean> {
    await payments.topUp.deleteTopUp();
    return true;
  }

  @Mutation(() => Boolean, { description: 'POST /participants/topup/manual' })
  @Extensions({ moneyMoving: true })
  async requestManualTopUp(
    @Ctx() { payments, idempotency }: GatewayContext,
    @Arg('amountCents', () => Int) amountCents: number,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'a retried request with the same key returns the first result and charges once' })
    idempotencyKey: string | null | undefined,
  ): Promise<boolean> {
    const amount = toManualTopUpAmount(amountCents);
    // The stored result must be JSON: the charge's answer is not read, so `true` stands for it.
    return idempotency.run({ operation: 'requestManualTopUp', key: idempotencyKey, input: { amount } }, async () => {
      await payments.topUp.createManualTopUp(amount);
      return true;
    });
  }
}
