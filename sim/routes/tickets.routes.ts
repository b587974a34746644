import { jsonBytes } from '../http/respond.js';
import { reply, type RouteContext, type SimRoute } from '../routing/route.js';
import { readMultipartForm } from '../tickets/multipart-form.js';
import { authenticateTicketCaller, callerMid, type TicketCaller } from '../tickets/ticket-caller.js';
import { createTicket, parseCreateTicket } from '../tickets/ticket-create.rules.js';
import { attachDocument, parseDocumentUpload } from '../tickets/ticket-document.rules.js';
import { ticketNotFound, ticketsDisabled } from '../tickets/ticket-errors.js';
import { scheduleProcessing } from '../tickets/ticket-processing.js';
import { ticketDto, type SimTicket } from '../tickets/ticket.dto.js';

/** Note: the seeds name the ticket operations but not their paths; these are the simulator's (and the gateway's endpoint table's). */
const TICKETS = '/api/v1/support-tickets/';

/** The caller; on a refusal the unread body is dropped so that the answer reaches a client still sending. */
async function caller(ctx: RouteContext): Promise<TicketCaller> {
  try {
    return await authenticateTicketCaller(ctx);
  } catch (error) {
    ctx.request.resume();
    throw error;
  }
}

function enabled(ctx: RouteContext): void {
  if (!ctx.state.config.ticketsEnabled) throw ticketsDisabled();
}

/** A ticket of the caller's MID; others' tickets do not exist for them. */
function ticketOf(ctx: RouteContext, who: TicketCaller): SimTicket {
  const ticket = ctx.state.tickets.tickets.get(ctx.params.ticketId ?? '');
  if (!ticket || ticket.mid !== callerMid(who)) throw ticketNotFound();
  return ticket;
}

/** Seed 001 Create and Retrieve Support Ticket; seed 000 typed documents. */
export const ticketRoutes: readonly SimRoute[] = [
  {
    method: 'POST',
    path: TICKETS,
    access: 'none',
    streamsBody: true,
    handle: async (ctx) => {
      const who = await caller(ctx);
      const form = await readMultipartForm(ctx.request);
      enabled(ctx);
      const ticket = createTicket(ctx.state.tickets, parseCreateTicket(form), callerMid(who), new Date());
      scheduleProcessing(ctx.state.tickets, ticket.ticketId, ctx.state.config, ctx.settings);
      return reply(jsonBytes(ticketDto(ticket)), 202);
    },
  },
  {
    method: 'GET',
    path: `${TICKETS}:ticketId/`,
    access: 'none',
    handle: async (ctx) => {
      const who = await caller(ctx);
      enabled(ctx);
      return reply(jsonBytes(ticketDto(ticketOf(ctx, who))));
    },
  },
  {
    method: 'POST',
    path: `${TICKETS}:ticketId/documents/`,
    access: 'none',
    streamsBody: true,
    handle: async (ctx) => {
      const who = await caller(ctx);
      const form = await readMultipartForm(ctx.request);
      enabled(ctx);
      const ticket = ticketOf(ctx, who);
      const { type, file } = parseDocumentUpload(form);
      attachDocument(ctx.state.tickets, ticket, type, file, new Date());
      return reply(jsonBytes(ticketDto(ticket)), 201);
    },
  },
];
