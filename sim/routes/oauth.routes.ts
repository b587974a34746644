import { randomBytes, timingSafeEqual } from 'node:crypto';
import { DEMO_TICKETS_CLIENT } from '../demo-credentials.js';
import { jsonBytes } from '../http/respond.js';
import type { RouteContext, SimResponse, SimRoute } from '../routing/route.js';

/** An OAuth2 error answer (RFC 6749 §5.2). */
function oauthError(status: number, error: string, description: string): SimResponse {
  return { status, body: jsonBytes({ error, error_description: description }), ...(status === 401 && { headers: { 'www-authenticate': 'Basic realm="tickets"' } }) };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The client's id and secret: HTTP Basic (RFC 6749 §2.3.1), or `client_id`/`client_secret` in the form. */
function clientOf(ctx: RouteContext, form: URLSearchParams): { id: string; secret: string } | null {
  const basic = /^Basic\s+(\S+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
  if (basic) {
    const text = Buffer.from(basic, 'base64').toString('utf8');
    const colon = text.indexOf(':');
    if (colon < 0) return null;
    try {
      // RFC 6749 §2.3.1: both are form-encoded ('+' for a space) before they are joined.
      const decode = (part: string): string => decodeURIComponent(part.replace(/\+/g, ' '));
      return { id: decode(text.slice(0, colon)), secret: decode(text.slice(colon + 1)) };
    } catch {
      return null;
    }
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id !== null && secret !== null ? { id, secret } : null;
}

/** Seed 001's "Access token obtained via /oauth2/token/": the client credentials grant. */
export const oauthRoutes: readonly SimRoute[] = [
  {
    method: 'POST',
    path: '/oauth2/token/',
    access: 'none',
    maxBodyBytes: 8 * 1024,
    handle: (ctx) => {
      if (!(ctx.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) {
        return oauthError(400, 'invalid_request', 'The body must be application/x-www-form-urlencoded');
      }
      const form = new URLSearchParams(ctx.body.toString('utf8'));
      if (form.get('grant_type') !== 'client_credentials') return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
      const client = clientOf(ctx, form);
      if (!client || !same(client.id, DEMO_TICKETS_CLIENT.id) || !same(client.secret, DEMO_TICKETS_CLIENT.secret)) {
        return oauthError(401, 'invalid_client', 'Unknown client or wrong secret');
      }
      const ttl = ctx.state.config.oauthTokenTtlSeconds;
      const token = randomBytes(24).toString('base64url');
      ctx.state.tickets.accessTokens.set(token, Date.now() + ttl * 1000);
      return { status: 200, body: jsonBytes({ access_token: token, token_type: 'Bearer', expires_in: ttl, scope: 'support_tickets' }) };
    },
  },
];
