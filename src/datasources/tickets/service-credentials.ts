import { Readable } from 'node:stream';
import type { SharedCache } from '../../cache/shared-cache.js';
import { ErrorCode } from '../../errors/error-codes.js';
import { GatewayError } from '../../errors/gateway-errors.js';
import type { TicketServiceAuthConfig } from '../../ticket-service.config.js';
import { RawBody } from '../../lib/raw-body.js';
import type { RestClient } from '../rest/rest-client.js';
import type { UpstreamAuth } from '../rest/upstream-auth.js';
import { ClientSecretBasicAuth } from './client-secret-basic.auth.js';
import { JwtRequestAuth, type JwtSigningKey } from './jwt-request.auth.js';
import { OAuth2ClientAuth } from './oauth2-client.auth.js';
import { OAuth2TokenSource } from './oauth2-token.source.js';
import { TicketEndpoints as E } from './tickets.endpoints.js';
import type { AccessTokenDto } from './tickets.dto.js';

/** The gateway's own credentials at the ticket service, as the process keeps them. */
export type ServiceCredentials =
  | { readonly kind: 'oauth2'; readonly clientId: string; readonly clientSecret: string; readonly tokens: OAuth2TokenSource }
  | { readonly kind: 'jwt'; readonly signing: JwtSigningKey };

/** Builds the process-wide part of the configured scheme: the shared token source, or the decoded signing key. */
export function createServiceCredentials(auth: TicketServiceAuthConfig, ticketsApiUrl: string, cache: SharedCache): ServiceCredentials {
  if (auth.kind === 'jwt') {
    const basePath = new URL(ticketsApiUrl).pathname.replace(/\/+$/, '');
    return { kind: 'jwt', signing: { appUserId: auth.appUserId, key: new Uint8Array(Buffer.from(auth.keyBase64, 'base64')), basePath } };
  }
  return { kind: 'oauth2', clientId: auth.clientId, clientSecret: auth.clientSecret, tokens: new OAuth2TokenSource(cache, auth.clientId, auth.clientSecret) };
}

const TOKEN_FORM = 'grant_type=client_credentials';

/**
 * Note: a refused token request is the gateway's misconfiguration, not the app user's
 * mistake: it is UPSTREAM_UNAVAILABLE for them (and an error in our log), never their 401.
 */
async function requestToken(client: RestClient): Promise<AccessTokenDto> {
  const body = new RawBody('application/x-www-form-urlencoded', TOKEN_FORM.length, () => Readable.from([Buffer.from(TOKEN_FORM)]));
  try {
    return await client.write(E.requestAccessToken, { body });
  } catch (error) {
    const code = error instanceof GatewayError ? error.extensions.code : undefined;
    if (code !== ErrorCode.Unauthenticated && code !== ErrorCode.BadUserInput && code !== ErrorCode.Forbidden) throw error;
    throw new GatewayError('The gateway could not authenticate at the ticket service.', ErrorCode.UpstreamUnavailable, {
      upstream: { service: 'tickets', ...(error instanceof GatewayError && error.extensions.upstream) },
    });
  }
}

/**
 * The per-request auth for the service credentials. `tokenClient` builds the client that
 * asks for an OAuth2 token (with the client's id and secret), used only when the shared
 * token is missing or about to expire.
 */
export function serviceAuth(credentials: ServiceCredentials, tokenClient: (auth: UpstreamAuth) => RestClient): UpstreamAuth {
  if (credentials.kind === 'jwt') return new JwtRequestAuth(credentials.signing);
  const basic = new ClientSecretBasicAuth(credentials.clientId, credentials.clientSecret);
  return new OAuth2ClientAuth(credentials.tokens, () => requestToken(tokenClient(basic)), basic.callerKey());
}
