import { ErrorCode } from '../../errors/error-codes.js';
import { GatewayError, hasCode } from '../../errors/gateway-errors.js';
import { multipartBody, type FormPart } from '../../uploads/multipart-body.js';
import type { SpooledFile } from '../../uploads/spool-file.js';
import type { RestClient } from '../rest/rest-client.js';
import type { TicketAccess } from './ticket-access.js';
import { checkTicketId } from './ticket-id.js';
import { TicketEndpoints as E } from './tickets.endpoints.js';
import type { CreateTicketRequest, SupportTicketDto } from './tickets.dto.js';

/**
 * The ticket service's ticket operations (seed 001 Create and Retrieve Support Ticket,
 * seed 000 documents) for one request, with the caller's credentials and access rules.
 * Methods return the upstream DTOs as sent (guarded); shaping them is the mappers' job.
 */
export class SupportTicketsDataSource {
  private readonly rest: RestClient;

  constructor(
    /** Builds a client with this caller's credentials (a second one has an empty memo, for a retry). */
    private readonly client: () => RestClient,
    private readonly access: TicketAccess,
  ) {
    this.rest = client();
  }

  /**
   * Sends a call; after a 401 to credentials that could be renewed (a service token the
   * service revoked early), once more with new ones. Note: a refused call did nothing
   * upstream, and an upload's files are still on disk, so sending it again is safe.
   */
  private async call<T>(send: (rest: RestClient) => Promise<T>): Promise<T> {
    try {
      return await send(this.rest);
    } catch (error) {
      if (!hasCode(error, ErrorCode.Unauthenticated) || !(await this.access.renew())) throw this.access.refusal(error);
    }
    try {
      return await send(this.client());
    } catch (error) {
      throw this.access.refusal(error);
    }
  }

  /** Create Support Ticket: multipart, streamed from the spooled files; 202 with status PENDING. */
  async createSupportTicket(fields: CreateTicketRequest, files: readonly SpooledFile[]): Promise<SupportTicketDto> {
    await this.access.admit();
    const parts: FormPart[] = [
      { name: 'customerId', value: fields.customerId },
      { name: 'title', value: fields.title },
      { name: 'description', value: fields.description },
      { name: 'kind', value: fields.kind },
      ...(fields.depositId === null ? [] : [{ name: 'depositId', value: fields.depositId }]),
      ...files.map((file) => ({ name: 'attachments', file })),
    ];
    const ticket = await this.call((rest) => rest.write(E.createSupportTicket, { body: multipartBody(parts) }));
    await this.access.claim(ticket.ticketId);
    return ticket;
  }

  /** Retrieve Support Ticket; null when there is no such ticket for this caller. */
  async retrieveSupportTicket(ticketId: string): Promise<SupportTicketDto | null> {
    checkTicketId(ticketId);
    await this.access.admit();
    if (!(await this.access.mayRead(ticketId))) return null;
    try {
      return await this.call((rest) => rest.read(E.retrieveSupportTicket, { params: { ticketId } }));
    } catch (error) {
      if (hasCode(error, ErrorCode.NotFound)) return null;
      throw error;
    }
  }

  /**
   * Checks, before any file byte is read, that a document may go on the ticket: it exists
   * for this caller, and (seed 000: check `uploadedDocuments` before uploading a duplicate)
   * a voucher is refused with CONFLICT when the ticket lists one already.
   */
  async assertCanAttach(ticketId: string, type: string): Promise<void> {
    const ticket = await this.retrieveSupportTicket(ticketId);
    if (!ticket) throw new GatewayError('Ticket not found.', ErrorCode.NotFound);
    if (type === 'VOUCHER' && (ticket.uploadedDocuments ?? []).some((doc) => doc.type === 'VOUCHER')) {
      throw new GatewayError('The ticket already has a voucher (see uploadedDocuments); a second one is refused.', ErrorCode.Conflict);
    }
  }

  /** Attaches one typed document; answers with the ticket as it now is. */
  async attachTicketDocument(ticketId: string, type: string, file: SpooledFile): Promise<SupportTicketDto> {
    checkTicketId(ticketId);
    await this.access.admit();
    const body = multipartBody([{ name: 'type', value: type }, { name: 'file', file }]);
    return this.call((rest) => rest.write(E.attachTicketDocument, { params: { ticketId }, body }));
  }
}
