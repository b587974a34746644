import { createHash } from 'node:crypto';
import { UnauthenticatedError } from '../../errors/gateway-errors.js';
import type { Credentials } from '../../lib/credentials.js';

/** How a datasource proves who is calling; applied to every upstream request in one place. */
export interface UpstreamAuth {
  /**
   * Throws UNAUTHENTICATED when there are no usable credentials. Checked before the
   * shared cache too: a cached answer is no reason to serve an anonymous caller.
   */
  assertCredentials(): void;
  /**
   * Adds the auth headers, or throws UNAUTHENTICATED before any HTTP when it has nothing to
   * send. `path` is relative to the service's base URL and carries the query string.
   */
  apply(headers: Record<string, string>, request: { method: string; path: string }): void | Promise<void>;
  /** A stable, one-way name of the credentials (their hash): safe in a cache key, never reversible. */
  callerKey(): string;
  /** The credential values, so that nothing echoed from an upstream can repeat them. */
  secrets(): readonly string[];
}

/** The refusal for a caller without a usable session ticket; it names what to send. */
export function missingSessionTicket(credentials: Credentials): UnauthenticatedError {
  if (credentials.malformed?.some((name) => name === 'authorization' || name === 'authenticateit_identity_ticket')) {
    return new UnauthenticatedError(
      'The session ticket is malformed: it must be 1 to 1024 visible ASCII characters (no spaces, no line breaks).',
    );
  }
  return new UnauthenticatedError(
    'Authentication required: send the session ticket as "Authorization: Bearer <ticket>" or in the authenticateit_identity_ticket header (in connectionParams over WebSocket).',
  );
}

/**
 * Forwards the caller's session ticket (and the terminal's device ticket when present)
 * as the payments service's own headers (seed 003).
 */
export class SessionTicketAuth implements UpstreamAuth {
  private key: string | undefined;

  constructor(private readonly credentials: Credentials) {}

  assertCredentials(): void {
    if (!this.credentials.sessionTicket) throw missingSessionTicket(this.credentials);
  }

  apply(headers: Record<string, string>): void {
    this.assertCredentials();
    headers.authenticateit_identity_ticket = this.credentials.sessionTicket!;
    if (this.credentials.deviceTicket) headers.authenticateit_terminal_device = this.credentials.deviceTicket;
  }

  callerKey(): string {
    this.assertCredentials();
    return (this.key ??= createHash('sha256').update(this.credentials.sessionTicket!).digest('base64url'));
  }

  secrets(): readonly string[] {
    const { sessionTicket, deviceTicket } = this.credentials;
    return [sessionTicket, deviceTicket].filter((s): s is string => s !== undefined);
  }
}
