import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCreateTicketFields } from '../mappers/create-ticket.mapper.js';
import { toSupportTicket } from '../mappers/support-ticket.mapper.js';
import { UploadScalar } from '../types/scalars/upload.scalar.js';
import { DocumentType } from '../types/support-ticket.enums.js';
import { CreateSupportTicketInput } from '../types/support-ticket.input.js';
import { SupportTicket } from '../types/support-ticket.type.js';
import type { SpooledFile } from '../uploads/spool-file.js';
import { withSpooledUploads, type UploadValue } from '../uploads/spool-uploads.js';

/** Support tickets: raise one (with attachments), read one, attach a typed document. */
@Resolver(() => SupportTicket)
export class SupportTicketResolver {
  @Query(() => SupportTicket, { nullable: true, description: 'Retrieve Support Ticket' })
  async supportTicket(@Ctx() { tickets }: GatewayContext, @Arg('id', () => ID) id: string): Promise<SupportTicket | null> {
    const ticket = await tickets.support.retrieveSupportTicket(id);
    return ticket && toSupportTicket(ticket);
  }

  @Mutation(() => SupportTicket, { description: 'Create Support Ticket: multipart, answered at once with status PENDING and issueKey null.' })
  async createSupportTicket(
    @Ctx() context: GatewayContext,
    @Arg('input', () => CreateSupportTicketInput) input: CreateSupportTicketInput,
  ): Promise<SupportTicket> {
    const fields = toCreateTicketFields(input);
    const create = async (files: SpooledFile[]): Promise<SupportTicket> => {
      context.restartBudget();
      return toSupportTicket(await context.tickets.support.createSupportTicket(fields, files), fields);
    };
    return withSpooledUploads(input.attachments ?? [], create, context.uploadBody);
  }

  @Mutation(() => SupportTicket, { description: 'Attach one typed document to a ticket.' })
  async attachTicketDocument(
    @Ctx() context: GatewayContext,
    @Arg('ticketId', () => ID) ticketId: string,
    @Arg('type', () => DocumentType) type: DocumentType,
    @Arg('file', () => UploadScalar) file: UploadValue,
  ): Promise<SupportTicket> {
    await context.tickets.support.assertCanAttach(ticketId, type);
    const attach = async ([spooled]: SpooledFile[]): Promise<SupportTicket> => {
      context.restartBudget();
      return toSupportTicket(await context.tickets.support.attachTicketDocument(ticketId, type, spooled!));
    };
    return withSpooledUploads([file], attach, context.uploadBody);
  }
}
