import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toEmailAddress, toNotificationEmailDto } from '../mappers/notification-email.mapper.js';

/** The participant's notification emails; the same list is `billingPlan.notificationEmails`. */
@Resolver()
export class NotificationEmailResolver {
  @Mutation(() => [String], { description: 'PUT /payments-service/participants/notifications/email; returns the whole list.' })
  addNotificationEmail(
    @Ctx() { payments }: GatewayContext,
    @Arg('email', () => String, { nullable: true }) email: string | null | undefined,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null | undefined,
  ): Promise<string[]> {
    return payments.participant.addNotificationEmail(toNotificationEmailDto(email, userId));
  }

  @Mutation(() => [String], { description: 'POST /payments-service/participants/notifications/delete_email; returns the whole list.' })
  removeNotificationEmail(@Ctx() { payments }: GatewayContext, @Arg('email', () => String) email: string): Promise<string[]> {
    return payments.participant.deleteNotificationEmail(toEmailAddress(email));
  }
}
