import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCardToken } from '../mappers/payment-card.mapper.js';

/** The participant's payment card on file (the card the billing plan shows). */
@Resolver()
export class PaymentCardResolver {
  @Mutation(() => Boolean, { description: 'PUT /payments-service/user/card/:token' })
  async setPaymentCard(@Ctx() { payments }: GatewayContext, @Arg('token', () => String) token: string): Promise<boolean> {
    await payments.participant.setUserCard(toCardToken(token));
    return true;
  }

  @Mutation(() => Boolean, { description: 'DELETE /payments-service/user/card' })
  async deletePaymentCard(@Ctx() { payments }: GatewayContext): Promise<boolean> {
    await payments.participant.deleteUserCard();
    return true;
  }
}
