/** What the caller presented; every part is optional, datasources decide what they need. */
export interface Credentials {
  /** Session ticket: `Authorization: Bearer …` or `authenticateit_identity_ticket`. */
  sessionTicket?: string;
  /** Point-of-sale terminal ticket: `authenticateit_terminal_device`. */
  deviceTicket?: string;
  /** Merchant-panel BEARER_TOKEN: `x-merchant-token` or the `BEARER_TOKEN` cookie. */
  merchantToken?: string;
}

type HeaderSource = Readonly<Record<string, unknown>>;

function first(value: unknown): string | undefined {
  const v: unknown = Array.isArray(value) ? value[0] : value;
  const trimmed = typeof v === 'string' ? v.trim() : undefined;
  return trimmed ? trimmed : undefined;
}

function bearer(value: string | undefined): string | undefined {
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value) : null;
  return match?.[1];
}

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.split('=');
    if (k?.trim() === name) return v.join('=').trim() || undefined;
  }
  return undefined;
}

/**
 * Reads credentials from HTTP headers (lower-cased keys, as node gives them) or from
 * graphql-ws `connectionParams` (any case), in the order DESIGN.md names them.
 */
export function readCredentials(source: HeaderSource): Credentials {
  const lower: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) lower[k.toLowerCase()] = v;
  const sessionTicket = bearer(first(lower.authorization)) ?? first(lower.authenticateit_identity_ticket);
  const deviceTicket = first(lower.authenticateit_terminal_device);
  const merchantToken = first(lower['x-merchant-token']) ?? first(lower.merchanttoken) ?? cookie(first(lower.cookie), 'BEARER_TOKEN');
  return {
    ...(sessionTicket && { sessionTicket }),
    ...(deviceTicket && { deviceTicket }),
    ...(merchantToken && { merchantToken }),
  };
}
