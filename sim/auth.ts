import type { IncomingHttpHeaders } from 'node:http';
import { DEMO_DEVICE, DEMO_TICKETS, type Role } from './demo-credentials.js';

export type { Role } from './demo-credentials.js';

/** Who may call a route: the lowest role allowed, or `none` for routes that check credentials themselves. */
export type Access = Role | 'none';

/** The caller as the simulator sees it. */
export interface Identity {
  readonly ticket: string;
  readonly role: Role;
  /** The device ticket when a known terminal sent one, else null. */
  readonly device: string | null;
}

/** Header carrying the session ticket (seed 003). */
export const IDENTITY_HEADER = 'authenticateit_identity_ticket';
/** Header carrying a terminal's device ticket. */
export const DEVICE_HEADER = 'authenticateit_terminal_device';

const RANK: Readonly<Record<Role, number>> = { user: 0, participant: 1, system: 2 };

/**
 * The caller of a request, or null when the session ticket is missing or
 * unknown, or a device ticket is present but unknown (both are 401).
 */
export function identify(headers: IncomingHttpHeaders): Identity | null {
  const ticket = headers[IDENTITY_HEADER];
  if (typeof ticket !== 'string') return null;
  const role = DEMO_TICKETS[ticket];
  if (role === undefined) return null;
  const device = headers[DEVICE_HEADER];
  if (device === undefined) return { ticket, role, device: null };
  if (device !== DEMO_DEVICE) return null;
  return { ticket, role, device };
}

/** True when `role` may call a route with `access` (user < participant < system). */
export function isAllowed(role: Role, access: Role): boolean {
  return RANK[role] >= RANK[access];
}
