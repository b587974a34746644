import { ConfigError, int, text, type Env } from './lib/env-values.js';

/**
 * The gateway's own credentials at the ticket service, for tickets raised by app users
 * (who have a session ticket, not a merchant token): OAuth2 client credentials (seed 001),
 * or seed 002's per-request HS256 JWT of an application user.
 */
export type TicketServiceAuthConfig =
  | { readonly kind: 'oauth2'; readonly clientId: string; readonly clientSecret: string }
  | { readonly kind: 'jwt'; readonly appUserId: string; readonly keyBase64: string };

/** The support-ticket service's part of the configuration. */
export interface TicketServiceConfig {
  /** Undefined only without TICKETS_API_URL: the embedded start then uses the simulator's demo client. */
  auth: TicketServiceAuthConfig | undefined;
  /** A ticket still PENDING this long after its creation is reconciled by polling Retrieve Support Ticket. */
  reconcileAfterSeconds: number;
  /** Pause between two polls of one ticket. */
  pollIntervalMs: number;
  /** How long the gateway keeps a ticket's final state, who raised it, and a webhook event's id. */
  stateTtlSeconds: number;
}

/** The smallest HS256 key accepted: RFC 7518 §3.2 asks for at least the hash's 256 bits. */
const MIN_JWT_KEY_BYTES = 32;

function required(env: Env, name: string, why: string): string {
  const value = text(env, name);
  if (value === undefined) throw new ConfigError(`${name} is required ${why}.`);
  return value;
}

function jwtAuth(env: Env): TicketServiceAuthConfig {
  const why = 'when TICKETS_AUTH=jwt (seed 002: the application user whose key signs each request)';
  const appUserId = required(env, 'TICKETS_JWT_USER_ID', why);
  const keyBase64 = required(env, 'TICKETS_JWT_KEY', why);
  // Not echoed: the key is a secret.
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(keyBase64) || keyBase64.length % 4 !== 0) {
    throw new ConfigError('TICKETS_JWT_KEY must be the authentication key as shown by the ticket service: base64 text.');
  }
  if (Buffer.from(keyBase64, 'base64').length < MIN_JWT_KEY_BYTES) {
    throw new ConfigError(`TICKETS_JWT_KEY must decode to at least ${MIN_JWT_KEY_BYTES} bytes.`);
  }
  if (!/^[\x21-\x7E]{1,128}$/.test(appUserId)) throw new ConfigError('TICKETS_JWT_USER_ID must be 1 to 128 visible ASCII characters.');
  return { kind: 'jwt', appUserId, keyBase64 };
}

function oauth2Auth(env: Env): TicketServiceAuthConfig {
  const why = 'with TICKETS_API_URL (OAuth2 client credentials for tickets raised by app users; or set TICKETS_AUTH=jwt)';
  const clientId = required(env, 'TICKETS_CLIENT_ID', why);
  const clientSecret = required(env, 'TICKETS_CLIENT_SECRET', why);
  if (!/^[\x21-\x7E]{1,256}$/.test(clientId)) throw new ConfigError('TICKETS_CLIENT_ID must be 1 to 256 visible ASCII characters.');
  if (!/^[\x20-\x7E]{1,256}$/.test(clientSecret)) throw new ConfigError('TICKETS_CLIENT_SECRET must be 1 to 256 printable ASCII characters.');
  return { kind: 'oauth2', clientId, clientSecret };
}

/**
 * Reads TICKETS_AUTH (oauth2, the default, or jwt) and its credentials, required when the
 * ticket service is configured (`hasUrl`); without it they are read only if given, and
 * the embedded start fills in the simulator's demo client.
 */
export function readTicketServiceConfig(env: Env, hasUrl: boolean): TicketServiceConfig {
  const kind = text(env, 'TICKETS_AUTH') ?? 'oauth2';
  if (kind !== 'oauth2' && kind !== 'jwt') throw new ConfigError(`TICKETS_AUTH must be oauth2 or jwt, got "${kind}".`);
  const given = kind === 'jwt' || text(env, 'TICKETS_CLIENT_ID') !== undefined || text(env, 'TICKETS_CLIENT_SECRET') !== undefined;
  return {
    auth: hasUrl || given ? (kind === 'jwt' ? jwtAuth(env) : oauth2Auth(env)) : undefined,
    reconcileAfterSeconds: int(env, 'TICKET_RECONCILE_AFTER_SECONDS', 60, 1, 86_400),
    pollIntervalMs: int(env, 'TICKET_POLL_INTERVAL_MS', 5000, 100, 600_000),
    stateTtlSeconds: int(env, 'TICKET_STATE_TTL_SECONDS', 2_592_000, 60, 31_536_000),
  };
}
