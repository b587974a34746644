import { ErrorCode } from '../../errors/error-codes.js';
import { GatewayError } from '../../errors/gateway-errors.js';
import type { Logger } from '../../lib/logger.js';
import type { TicketOwners } from './ticket-owners.js';

/**
 * What the gateway adds to the ticket service's own access checks, by kind of caller.
 * A merchant's token carries their MID, and the service shows them their MID's tickets;
 * an app user's calls go up with the gateway's service credentials, so the gateway checks
 * their session first and shows them only the tickets they raised.
 */
export interface TicketAccess {
  /** Before any call: throws UNAUTHENTICATED for a caller who may not use the service. */
  admit(): Promise<void>;
  /** Beyond the service's own check: may this caller see the ticket? */
  mayRead(ticketId: string): Promise<boolean>;
  /** After a create: remembers who may see the ticket. */
  claim(ticketId: string): Promise<void>;
  /** After a 401: true when the credentials were renewed and the call may be sent once more. */
  renew(): Promise<boolean>;
  /** An upstream refusal as this caller should see it. */
  refusal(error: unknown): unknown;
}

/** A merchant-panel caller: the ticket service decides everything by their token and MID. */
export const merchantAccess: TicketAccess = {
  admit: async () => {},
  mayRead: async () => true,
  claim: async () => {},
  renew: async () => false,
  refusal: (error) => error,
};

/** An app user, through the gateway's service credentials. */
export class AppUserAccess implements TicketAccess {
  private admitted: Promise<void> | undefined;

  constructor(
    /** Proves the session ticket with the payments service (throws UNAUTHENTICATED when it is not valid). */
    private readonly verifySession: () => Promise<void>,
    private readonly owners: TicketOwners,
    /** A one-way key of the caller's session ticket. */
    private readonly ownerKey: string,
    private readonly logger: Logger,
    /** Drops a service token the ticket service refused (OAuth2); false when there is nothing to renew. */
    readonly renew: () => Promise<boolean>,
  ) {}

  admit(): Promise<void> {
    return (this.admitted ??= this.verifySession());
  }

  async mayRead(ticketId: string): Promise<boolean> {
    try {
      return (await this.owners.owner(ticketId)) === this.ownerKey;
    } catch {
      throw new GatewayError('Who raised the ticket could not be checked; retry shortly.', ErrorCode.UpstreamUnavailable);
    }
  }

  async claim(ticketId: string): Promise<void> {
    try {
      await this.owners.record(ticketId, this.ownerKey);
    } catch (error) {
      // The ticket exists upstream: failing now would make the client raise it twice.
      this.logger.error('tickets: could not record who raised a ticket', { ticketId, error: (error as Error).message });
    }
  }

  /** Note: a 401 here refuses the gateway's own credentials, not the user's: for them the service is unavailable. */
  refusal(error: unknown): unknown {
    if (!(error instanceof GatewayError) || error.extensions.code !== ErrorCode.Unauthenticated) return error;
    this.logger.error('tickets: the ticket service refused the gateway credentials');
    return new GatewayError('The gateway could not authenticate at the ticket service.', ErrorCode.UpstreamUnavailable, {
      ...(error.extensions.upstream && { upstream: error.extensions.upstream }),
    });
  }
}
