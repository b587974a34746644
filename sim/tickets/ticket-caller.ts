import type { RouteContext } from '../routing/route.js';
import { SERVICE_MID } from './demo-data.js';
import { verifyRequestJwt } from './jwt-verify.js';
import type { MerchantSession } from './merchant-sessions.js';
import { ticketUnauthorized } from './ticket-errors.js';

/** Who calls the ticket service: a merchant-panel session, or the gateway's own service account. */
export type TicketCaller = { readonly kind: 'merchant'; readonly session: MerchantSession } | { readonly kind: 'service'; readonly mid: string };

/** The MID a caller acts under: tickets of other MIDs are invisible to it. */
export function callerMid(caller: TicketCaller): string {
  return caller.kind === 'merchant' ? caller.session.mid : caller.mid;
}

function cookieToken(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === 'BEARER_TOKEN') return part.slice(at + 1).trim();
  }
  return undefined;
}

/** The merchant session of the request (Authorization: Bearer or the BEARER_TOKEN cookie), or null. */
export function merchantSession(ctx: RouteContext): MerchantSession | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
  const token = bearer ?? cookieToken(ctx.headers.cookie);
  if (!token) return null;
  return ctx.state.tickets.merchants.use(token, Date.now(), ctx.state.config.merchantIdleMs);
}

/**
 * Authenticates a ticket-service request with any of its three schemes: a merchant
 * BEARER_TOKEN (seed 000), an OAuth2 access token of the demo client (seed 001), or a
 * seed-002 request JWT of the demo application user. Anything else, expired or not for
 * this request, is a 401.
 */
export async function authenticateTicketCaller(ctx: RouteContext): Promise<TicketCaller> {
  const session = merchantSession(ctx);
  if (session) return { kind: 'merchant', session };
  const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.headers.authorization ?? '')?.[1];
  if (!bearer) throw ticketUnauthorized();
  const expiresAt = ctx.state.tickets.accessTokens.get(bearer);
  if (expiresAt !== undefined) {
    if (expiresAt > Date.now()) return { kind: 'service', mid: SERVICE_MID };
    ctx.state.tickets.accessTokens.delete(bearer);
    throw ticketUnauthorized('The access token has expired');
  }
  if (bearer.split('.').length === 3 && (await verifyRequestJwt(bearer, ctx.method, ctx.request.url ?? ctx.path))) {
    return { kind: 'service', mid: SERVICE_MID };
  }
  throw ticketUnauthorized();
}
