import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { checkTicketId } from '../datasources/tickets/ticket-id.js';
import type { SupportTicketDto } from '../datasources/tickets/tickets.dto.js';
import { ErrorCode } from '../errors/error-codes.js';
import { GatewayError } from '../errors/gateway-errors.js';
import { toSupportTicket } from '../mappers/support-ticket.mapper.js';
import { SupportTicket } from '../types/support-ticket.type.js';

/**
 * Checks the subscriber may read the ticket (the upstream, with their credentials) before
 * anything is followed: a refusal is an error of the subscription, not a silent stream.
 */
async function follow(ctx: GatewayContext, ticketId: string): Promise<AsyncIterable<SupportTicketDto>> {
  const read = (): Promise<SupportTicketDto | null> => ctx.tickets.fresh().retrieveSupportTicket(ticketId);
  const ticket = await read();
  if (!ticket) throw new GatewayError('Ticket not found.', ErrorCode.NotFound);
  return ctx.ticketStatus.follow(ticket, read);
}

/** Ticket status changes, pushed over graphql-ws. */
@Resolver()
export class TicketSubscriptionResolver {
  @Subscription(() => SupportTicket, {
    description: 'Pushed when the ticket reaches CREATED or FAILED (from the upstream\'s webhook). Emits the current state first if it is already final.',
    subscribe: ({ args, context }) => follow(context as GatewayContext, checkTicketId(String(args.ticketId))),
  })
  supportTicketStatusChanged(@Root() ticket: SupportTicketDto, @Arg('ticketId', () => ID) _ticketId: string): SupportTicket {
    return toSupportTicket(ticket);
  }
}
