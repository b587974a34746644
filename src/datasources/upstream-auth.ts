import { UnauthenticatedError } from '../errors/gateway-errors.js';
import type { Credentials } from './credentials.js';

/** How a datasource proves who is calling; applied to every upstream request in one place. */
export interface UpstreamAuth {
  /**
   * Throws UNAUTHENTICATED when there are no credentials to send. Checked before the
   * shared cache too: a cached answer is no reason to serve an anonymous caller.
   */
  assertCredentials(): void;
  /** Adds the auth headers, or throws UNAUTHENTICATED before any HTTP when it has nothing to send. */
  apply(headers: Record<string, string>, request: { method: string; path: string }): void;
}

/**
 * Forwards the caller's session ticket (and the terminal's device ticket when present)
 * as the payments service's own headers (seed 003).
 */
export class SessionTicketAuth implements UpstreamAuth {
  constructor(private readonly credentials: Credentials) {}

  assertCredentials(): void {
    if (!this.credentials.sessionTicket) throw new UnauthenticatedError();
  }

  apply(headers: Record<string, string>): void {
    this.assertCredentials();
    headers.authenticateit_identity_ticket = this.credentials.sessionTicket!;
    if (this.credentials.deviceTicket) headers.authenticateit_terminal_device = this.credentials.deviceTicket;
  }
}
