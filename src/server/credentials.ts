import type { Credentials } from '../lib/credentials.js';
import { CREDENTIAL_TEXT } from '../lib/patterns.js';

type HeaderSource = Readonly<Record<string, unknown>>;

function first(value: unknown): string | undefined {
  const v: unknown = Array.isArray(value) ? value[0] : value;
  const trimmed = typeof v === 'string' ? v.trim() : undefined;
  return trimmed ? trimmed : undefined;
}

function bearer(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^Bearer\s+(.+)$/is.exec(value);
  return match?.[1]?.trim();
}

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim() || undefined;
  }
  return undefined;
}

/**
 * Reads credentials from HTTP headers (lower-cased keys, as node gives them) or from
 * graphql-ws `connectionParams` (any case), in the order DESIGN.md names them, and checks
 * each where it enters: a value that is not a non-empty run of visible ASCII of bounded
 * length is dropped and named in `malformed`, so it can never reach the upstream client,
 * a URL or a cache key (got throws on an illegal header value, and that would count
 * against the upstream's circuit).
 */
export function readCredentials(source: HeaderSource): Credentials {
  const lower: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) lower[k.toLowerCase()] = v;
  const malformed: string[] = [];
  const checked = (name: string, value: string | undefined): string | undefined => {
    if (value === undefined) return undefined;
    if (CREDENTIAL_TEXT.test(value)) return value;
    malformed.push(name);
    return undefined;
  };
  const fromAuthorization = checked('authorization', bearer(first(lower.authorization)));
  const sessionTicket = fromAuthorization ?? checked('authenticateit_identity_ticket', first(lower.authenticateit_identity_ticket));
  const deviceTicket = checked('authenticateit_terminal_device', first(lower.authenticateit_terminal_device));
  const merchantToken =
    checked('x-merchant-token', first(lower['x-merchant-token'])) ??
    checked('merchanttoken', first(lower.merchanttoken)) ??
    checked('BEARER_TOKEN cookie', cookie(first(lower.cookie), 'BEARER_TOKEN'));
  // Note: set one by one; an object literal of spreads only was a measurable share of a request.
  const credentials: Credentials = {};
  if (sessionTicket) credentials.sessionTicket = sessionTicket;
  if (deviceTicket) credentials.deviceTicket = deviceTicket;
  if (merchantToken) credentials.merchantToken = merchantToken;
  if (malformed.length > 0) credentials.malformed = malformed;
  return credentials;
}
