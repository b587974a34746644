import { jsonBytes } from '../http/respond.js';
import { reply, type RouteContext, type SimRoute, type SimResponse } from '../routing/route.js';
import { merchantContextDto, type MerchantSession } from '../tickets/merchant-sessions.js';
import { merchantSession } from '../tickets/ticket-caller.js';
import { TicketServiceError, ticketBadRequest, ticketUnauthorized } from '../tickets/ticket-errors.js';

const MERCHANT = '/api/v1/merchant/';

/** Seed 000: requests with a body say `Content-Type: application/json`. */
function jsonBody(ctx: RouteContext): Record<string, unknown> {
  if (!(ctx.headers['content-type'] ?? '').includes('application/json')) {
    throw new TicketServiceError(415, 'tickets-unsupported_media_type', 'Send Content-Type: application/json');
  }
  const body = ctx.json();
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw ticketBadRequest('tickets-bad_request', 'The body must be a JSON object');
  return body as Record<string, unknown>;
}

function session(ctx: RouteContext): MerchantSession {
  const found = merchantSession(ctx);
  if (!found) throw ticketUnauthorized('The BEARER_TOKEN is unknown, expired or logged out');
  return found;
}

function login(ctx: RouteContext): SimResponse {
  const { email, password } = jsonBody(ctx);
  if (typeof email !== 'string' || typeof password !== 'string') throw ticketBadRequest('tickets-bad_request', '"email" and "password" are required');
  const created = ctx.state.tickets.merchants.login(email, password, Date.now());
  if (!created) throw new TicketServiceError(401, 'tickets-bad_credentials', 'Wrong email or password');
  const maxAge = Math.floor(ctx.state.config.merchantIdleMs / 1000);
  return {
    status: 200,
    body: jsonBytes(merchantContextDto(created)),
    headers: { 'set-cookie': `BEARER_TOKEN=${created.token}; Path=/; Max-Age=${maxAge}; HttpOnly; Secure; SameSite=Strict` },
  };
}

/** Seed 000's merchant panel: Login, Logout, Switch Context, and the current context. */
export const merchantRoutes: readonly SimRoute[] = [
  { method: 'POST', path: `${MERCHANT}login/`, access: 'none', handle: login },
  {
    method: 'POST',
    path: `${MERCHANT}logout/`,
    access: 'none',
    handle: (ctx) => {
      ctx.state.tickets.merchants.revoke(session(ctx).token);
      return { status: 204, body: Buffer.alloc(0) };
    },
  },
  {
    method: 'POST',
    path: `${MERCHANT}switch-context/`,
    access: 'none',
    handle: (ctx) => {
      const current = session(ctx);
      const { mid } = jsonBody(ctx);
      if (typeof mid !== 'string' || mid === '') throw ticketBadRequest('tickets-bad_request', '"mid" is required');
      if (!current.mids.includes(mid)) throw new TicketServiceError(403, 'tickets-unknown_mid', 'The user does not belong to this MID');
      current.mid = mid;
      return reply(jsonBytes(merchantContextDto(current)));
    },
  },
  { method: 'GET', path: `${MERCHANT}context/`, access: 'none', handle: (ctx) => reply(jsonBytes(merchantContextDto(session(ctx)))) },
];
