import { createHash, randomUUID } from 'node:crypto';
import type { Identity } from '../auth.js';
import { readSessionsResponse, initSessionResponse } from '../fixtures/retail-session-init.fixture.js';
import { SimHttpError, badRequest } from '../http/errors.js';
import type { SessionJson } from './retail.dto.js';
import type { RetailState, StoredSession } from './retail.state.js';
import { stampOf } from './retail-clock.js';
import { USER_IDS } from './retail-identities.js';
import { requireReader, requireTerminal, canRead } from './session-access.js';
import { currentSession, isActive, saveSession } from './session-store.js';

const SEED_INIT_BODY = Buffer.from(initSessionResponse, 'utf8');
const SEED_INIT_SESSION = JSON.parse(initSessionResponse) as SessionJson;
const SEED_LIST_BODY = Buffer.from(readSessionsResponse, 'utf8');
const MAX_CODE_LENGTH = 4096;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new session for `code`, opened by the terminal `deviceId` operated by `identity`; shaped as the seed's init answer. */
function newSession(code: string, userId: string, participantId: string, deviceId: string, identity: Identity, timeout: number): SessionJson {
  const stamp = stampOf();
  const session = structuredClone(SEED_INIT_SESSION);
  Object.assign(session, {
    code,
    code_hash: createHash('sha1').update(code).digest('hex'),
    coin_price: { ...session.coin_price, price: 6.145e-21, ts: stamp.seconds },
    create_ts: stamp.seconds,
    update_ts: stamp.seconds,
    device_id: deviceId,
    id: `urn:authenticateit:retail_connect:session:${randomUUID()}`,
    is_expired: false,
    operator_id: USER_IDS[identity.ticket] ?? identity.ticket,
    participant_id: participantId,
    status: 'init',
    status_side: 'terminal',
    timeout,
    user_id: userId,
  });
  return session;
}

/**
 * "Initialize session" from a terminal with the code the user shows. Note: init is
 * idempotent per code: while the code's session is active, the same terminal gets that
 * session again (a retried init opens no second session); once it has ended the code is
 * used up (409).
 */
export function initSession(state: RetailState, identity: Identity, body: unknown, timeoutSeconds: number): Buffer {
  const deviceId = requireTerminal(identity);
  if (!isObject(body) || typeof body.code !== 'string' || body.code === '' || body.code.length > MAX_CODE_LENGTH) {
    throw badRequest('code is required');
  }
  const record = state.codes.get(body.code);
  if (record === undefined) throw badRequest('Unknown code', 'payments-bad_code');
  const now = Date.now();
  if (record.sessionId !== null) {
    const existing = currentSession(state, record.sessionId, now);
    if (isActive(existing, now) && existing.session.device_id === deviceId) return existing.body;
    throw new SimHttpError(409, 'payments-code_used', 'The code has already been used');
  }
  const session = newSession(body.code, record.userId, record.participantId, deviceId, identity, timeoutSeconds);
  record.sessionId = session.id;
  return saveSession(state, session, now + timeoutSeconds * 1000).body;
}

/** "Read session by the session identifier": for its user, its terminal and the system participant. */
export function readSession(state: RetailState, identity: Identity, query: URLSearchParams): Buffer {
  const id = query.get('session_id');
  if (id === null || id === '') throw badRequest('session_id is required');
  const stored = currentSession(state, id, Date.now());
  requireReader(identity, stored.session);
  return stored.body;
}

/**
 * "Read sessions": the caller's active sessions, filtered by code, participant_id and
 * card_id. Note: the seed's example answer lists the session its example code opened,
 * so it answers the filter by that code while the session is as the seed left it.
 */
export function readSessions(state: RetailState, identity: Identity, query: URLSearchParams): Buffer {
  const code = query.get('code');
  const participantId = query.get('participant_id');
  const cardId = query.get('card_id');
  const now = Date.now();
  const found: StoredSession[] = [];
  for (const id of [...state.sessions.keys()]) {
    const stored = currentSession(state, id, now);
    const { session } = stored;
    if (!isActive(stored, now) || !canRead(identity, session)) continue;
    if (code && session.code !== code) continue;
    if (participantId && session.participant_id !== participantId) continue;
    if (cardId && state.codes.get(session.code)?.cardId !== cardId) continue;
    found.push(stored);
  }
  if (found.length === 1 && code === SEED_INIT_SESSION.code && found[0]!.body.equals(SEED_INIT_BODY)) return SEED_LIST_BODY;
  return Buffer.concat([Buffer.from('['), Buffer.from(found.map((s) => s.body.toString('utf8')).join(',')), Buffer.from(']')]);
}
