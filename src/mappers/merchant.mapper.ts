import type { MerchantContextDto, MerchantLoginAnswer } from '../datasources/tickets/tickets.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import { CREDENTIAL_TEXT } from '../lib/patterns.js';
import type { MerchantContext, MerchantSession } from '../types/merchant.type.js';

/** Seed 000: a BEARER_TOKEN expires 15 minutes after its last request. */
export const MERCHANT_IDLE_SECONDS = 15 * 60;

/** A cookie value we can send back and forward: visible ASCII without the cookie separators. */
const COOKIE_VALUE = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]+$/;

/** The merchant context of the graph. */
export function toMerchantContext(dto: MerchantContextDto): MerchantContext {
  return { email: dto.email, currentMid: dto.mid, mids: [...dto.mids] };
}

/** The token and its lifetime in seconds from a BEARER_TOKEN Set-Cookie line, else undefined. */
function bearerCookie(line: string): { token: string; maxAge: number | undefined; expires: number | undefined } | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const at = pair.indexOf('=');
  if (at < 0 || pair.slice(0, at).trim() !== 'BEARER_TOKEN') return undefined;
  const token = pair.slice(at + 1).trim();
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const [name = '', value = ''] = attribute.split('=').map((s) => s.trim());
    if (name.toLowerCase() === 'max-age' && /^\d{1,9}$/.test(value)) maxAge = Number(value);
    if (name.toLowerCase() === 'expires' && !Number.isNaN(Date.parse(value))) expires = Date.parse(value);
  }
  return { token, maxAge, expires };
}

/**
 * The session of a login: the BEARER_TOKEN from the answer's cookie (seed 000), and when
 * it expires if unused: the cookie's Max-Age or Expires, else seed 000's 15 minutes. A
 * token we could not pass on as a header or cookie is the upstream's fault.
 */
export function toMerchantSession(answer: MerchantLoginAnswer, now: Date): MerchantSession {
  const cookie = answer.headers['set-cookie'].map(bearerCookie).find((c) => c !== undefined);
  if (!cookie || !CREDENTIAL_TEXT.test(cookie.token) || !COOKIE_VALUE.test(cookie.token)) {
    throw new UpstreamShapeError('tickets', 'a login without a usable BEARER_TOKEN cookie');
  }
  const expiresAt = cookie.maxAge !== undefined ? now.getTime() + cookie.maxAge * 1000 : (cookie.expires ?? now.getTime() + MERCHANT_IDLE_SECONDS * 1000);
  return {
    token: cookie.token,
    expiresAt: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    context: toMerchantContext(answer.body),
  };
}
