import { SimHttpError } from '../http/errors.js';
import type { SessionJson } from './retail.dto.js';
import type { RetailState, StoredSession } from './retail.state.js';
import { sortedJsonBytes } from './retail-clock.js';
import { isFinished } from './session-machine.js';

/** True when an unfinished session is past its timeout. */
export function isPastTimeout(stored: StoredSession, now: number): boolean {
  return !isFinished(stored.session) && now > stored.expiresAt;
}

/**
 * The stored session `id`, or 404. A session found past its timeout is stored again with
 * `is_expired: true` first, so that every answer from then on says so.
 */
export function currentSession(state: RetailState, id: string, now: number): StoredSession {
  const stored = state.sessions.get(id);
  if (stored === undefined) throw new SimHttpError(404, 'payments-session_not_found', 'Session not found');
  if (isPastTimeout(stored, now) && !stored.session.is_expired) {
    return saveSession(state, { ...stored.session, is_expired: true }, stored.expiresAt);
  }
  return stored;
}

/** Stores a session: as `body` when given (a seed answer), else as generated JSON. */
export function saveSession(state: RetailState, session: SessionJson, expiresAt: number, body?: Buffer): StoredSession {
  const stored = { body: body ?? sortedJsonBytes(session), session, expiresAt };
  state.sessions.set(session.id, stored);
  return stored;
}

/** True for a session that may still change: unfinished and not expired. */
export function isActive(stored: StoredSession, now: number): boolean {
  return !isFinished(stored.session) && !stored.session.is_expired && !isPastTimeout(stored, now);
}
