import type { Identity } from '../auth.js';
import { SimHttpError } from '../http/errors.js';
import type { SessionJson, Side } from './retail.dto.js';
import { DEVICE_IDS, userIdOf } from './retail-identities.js';

const forbidden = (): SimHttpError => new SimHttpError(403, 'payments-forbidden', 'Forbidden');

/** The device id of the caller's terminal, when a participant's staff calls with a device ticket. */
export function terminalDeviceOf(identity: Identity): string | null {
  if (identity.device === null || identity.role === 'user') return null;
  return DEVICE_IDS[identity.device] ?? null;
}

/** True when the caller is the session's user. */
function isSessionUser(identity: Identity, session: SessionJson): boolean {
  return userIdOf(identity.ticket) === session.user_id;
}

/** True when the caller is the session's terminal. */
function isSessionTerminal(identity: Identity, session: SessionJson): boolean {
  return terminalDeviceOf(identity) === session.device_id;
}

/** Who may read a session: its user, its terminal, and the system participant. */
export function canRead(identity: Identity, session: SessionJson): boolean {
  return isSessionUser(identity, session) || isSessionTerminal(identity, session) || identity.role === 'system';
}

/** Throws 403 unless the caller may read the session. */
export function requireReader(identity: Identity, session: SessionJson): void {
  if (!canRead(identity, session)) throw forbidden();
}

/**
 * Throws unless the caller is the session's `side`: a terminal call without a device
 * ticket is 401 (seed 003: the device ticket is required), anyone else 403.
 */
export function requireSide(identity: Identity, session: SessionJson, side: Side): void {
  if (side === 'terminal') {
    requireTerminal(identity);
    if (!isSessionTerminal(identity, session)) throw forbidden();
  } else if (!isSessionUser(identity, session)) {
    throw forbidden();
  }
}

/** Throws unless the caller is a terminal: a device ticket (401 without) of a participant's staff (403 for an app user). */
export function requireTerminal(identity: Identity): string {
  if (identity.device === null) throw new SimHttpError(401, 'payments-device_required', 'Device ticket required');
  const device = terminalDeviceOf(identity);
  if (device === null) throw forbidden();
  return device;
}
