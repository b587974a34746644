import { UnauthenticatedError } from '../../errors/gateway-errors.js';
import type { Credentials } from '../../lib/credentials.js';
import type { Logger } from '../../lib/logger.js';
import { RestClient, type RestDeps } from '../rest/rest-client.js';
import { missingSessionTicket, SessionTicketAuth, type UpstreamAuth } from '../rest/upstream-auth.js';
import { AnonymousAuth } from './anonymous.auth.js';
import { MerchantPanelDataSource, missingMerchantToken } from './merchant-panel.datasource.js';
import { MerchantTokenAuth } from './merchant-token.auth.js';
import { OAuth2ClientAuth } from './oauth2-client.auth.js';
import { serviceAuth, type ServiceCredentials } from './service-credentials.js';
import { SupportTicketsDataSource } from './support-tickets.datasource.js';
import { AppUserAccess, merchantAccess, type TicketAccess } from './ticket-access.js';
import type { TicketOwners } from './ticket-owners.js';

/** What the ticket service's datasources borrow from the process. */
export interface TicketServiceDeps {
  rest: RestDeps;
  service: ServiceCredentials;
  owners: TicketOwners;
  logger: Logger;
}

/**
 * The support-ticket service for one request: its ticket operations and its merchant
 * panel, each with the credentials this caller brought. A merchant token wins (the
 * merchant panel); a session ticket alone means an app user, served with the gateway's
 * service credentials.
 */
export class TicketServiceDataSource {
  private supportSource: SupportTicketsDataSource | undefined;
  private merchantSource: MerchantPanelDataSource | undefined;

  constructor(
    private readonly deps: TicketServiceDeps,
    private readonly credentials: Credentials,
    /** Proves an app user's session ticket with the payments service. */
    private readonly verifySession: () => Promise<void>,
  ) {}

  /** Ticket operations (built on first use: most operations never touch tickets). */
  get support(): SupportTicketsDataSource {
    return (this.supportSource ??= this.fresh());
  }

  /** The merchant panel. */
  get merchant(): MerchantPanelDataSource {
    if (this.merchantSource) return this.merchantSource;
    const client = (auth: UpstreamAuth): RestClient => new RestClient(this.deps.rest, auth);
    const token = this.credentials.merchantToken;
    return (this.merchantSource = new MerchantPanelDataSource(
      token ? client(new MerchantTokenAuth(token)) : undefined,
      (password) => client(new AnonymousAuth([password])),
      this.credentials,
    ));
  }

  /** Ticket operations with a memo of their own: each poll of a subscription asks the upstream afresh. */
  fresh(): SupportTicketsDataSource {
    const { rest, service, owners, logger } = this.deps;
    const client = (auth: UpstreamAuth): RestClient => new RestClient(rest, auth);
    const { merchantToken, sessionTicket } = this.credentials;
    if (merchantToken) {
      const auth = new MerchantTokenAuth(merchantToken);
      return new SupportTicketsDataSource(() => client(auth), merchantAccess);
    }
    if (sessionTicket) {
      const ownerKey = new SessionTicketAuth(this.credentials).callerKey();
      const auth = serviceAuth(service, client);
      const renew = async (): Promise<boolean> => auth instanceof OAuth2ClientAuth && auth.renew();
      return new SupportTicketsDataSource(() => client(auth), new AppUserAccess(this.verifySession, owners, ownerKey, logger, renew));
    }
    return new SupportTicketsDataSource(() => client(new AnonymousAuth()), refuseAnonymous(this.credentials));
  }
}

/** No usable credentials: every ticket operation is UNAUTHENTICATED, naming what to send. */
function refuseAnonymous(credentials: Credentials): TicketAccess {
  const malformed = credentials.malformed ?? [];
  const refusal = (): never => {
    if (malformed.some((name) => name === 'authorization' || name === 'authenticateit_identity_ticket')) throw missingSessionTicket(credentials);
    if (malformed.some((name) => name === 'x-merchant-token' || name === 'merchanttoken' || name === 'BEARER_TOKEN cookie')) throw missingMerchantToken(credentials);
    throw new UnauthenticatedError(
      'Authentication required: app users send their session ticket (Authorization: Bearer, or authenticateit_identity_ticket); merchants their merchant token (x-merchant-token, or the BEARER_TOKEN cookie).',
    );
  };
  return { ...merchantAccess, admit: async () => refusal(), mayRead: async () => refusal() };
}
