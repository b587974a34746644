import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toRetailSession } from '../mappers/retail-session.mapper.js';
import { RetailSession } from '../types/retail-session.type.js';
import { followRetailSession, type RetailSessionEvent } from './retail-session-updates.js';

/** Live retail-session changes, for the session's user and its terminal. */
@Resolver()
export class RetailSubscriptionResolver {
  @Subscription(() => RetailSession, {
    description: 'Pushed on every change of a retail-connect session made through any gateway instance.',
    subscribe: ({ args, context }) => followRetailSession(context as GatewayContext, (args as { sessionId: string }).sessionId),
  })
  retailSessionUpdated(@Root() event: RetailSessionEvent, @Arg('sessionId', () => ID) _sessionId: string): RetailSession {
    if ('error' in event) throw event.error;
    return toRetailSession(event.session);
  }
}
