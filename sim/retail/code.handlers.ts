import { randomBytes } from 'node:crypto';
import type { Identity } from '../auth.js';
import { generateCodeResponse } from '../fixtures/retail-code.fixture.js';
import { SimHttpError, badRequest } from '../http/errors.js';
import { jsonBytes } from '../http/respond.js';
import type { RetailState, StoredLevel } from './retail.state.js';
import { CARDS, levelKey, userIdOf, type StoreCard } from './retail-identities.js';
import { terminalDeviceOf } from './session-access.js';

/**
 * The marker a level read by `card_id` alone carries. Note: the seed documents both "Get
 * user level info" and "Generate code" as GET …/retail_connect/v1/code with a card_id; a
 * request naming `participant_id` or `code` can only be a level read, and one with
 * `card_id` alone is the seed's code request, so a level read by card alone says so with
 * the level's own type name.
 */
export const LEVEL_TYPE = 'retail_connect_level';

const seedCodeBytes = Buffer.from(generateCodeResponse, 'utf8');
const notFound = (what: string): SimHttpError => new SimHttpError(404, 'payments-not_found', `${what} not found`);

/** A query parameter, with an empty value counted as absent. */
function param(query: URLSearchParams, name: string): string | null {
  const value = query.get(name);
  return value === null || value === '' ? null : value;
}

/** True when GET …/code asks for level info rather than a new code. */
export function isLevelRequest(query: URLSearchParams): boolean {
  return query.get('type') === LEVEL_TYPE || param(query, 'participant_id') !== null || param(query, 'code') !== null;
}

/** The caller's own card, or 404 (another user's card is not revealed). */
function ownCard(identity: Identity, cardId: string): StoreCard {
  const card = Object.hasOwn(CARDS, cardId) ? CARDS[cardId]! : undefined;
  if (card === undefined || (card.userId !== userIdOf(identity.ticket) && identity.role !== 'system')) throw notFound('Card');
  return card;
}

/**
 * "Get user level info" by code (the code's user, a terminal, or the system participant),
 * by card (its owner) or by participant (the caller's own level there).
 */
export function readLevel(state: RetailState, identity: Identity, query: URLSearchParams): StoredLevel {
  const code = param(query, 'code');
  const cardId = param(query, 'card_id');
  const participantId = param(query, 'participant_id');
  let key: string;
  if (code !== null) {
    const record = state.codes.get(code);
    if (record === undefined) throw notFound('Code');
    const allowed = record.userId === userIdOf(identity.ticket) || terminalDeviceOf(identity) !== null || identity.role === 'system';
    if (!allowed) throw new SimHttpError(403, 'payments-forbidden', 'Forbidden');
    key = levelKey(record.userId, record.participantId);
  } else if (cardId !== null) {
    const card = ownCard(identity, cardId);
    key = levelKey(card.userId, card.participantId);
  } else if (participantId !== null) {
    key = levelKey(userIdOf(identity.ticket) ?? '', participantId);
  } else {
    throw badRequest('participant_id or code or card_id must be provided');
  }
  const level = state.levels.get(key);
  if (level === undefined) throw notFound('Level');
  return level;
}

/**
 * "Generate code": a new code for the caller's card, each call. The first code after a
 * reset is the seed's example code (which opens the seed's example session at init).
 */
export function generateCode(state: RetailState, identity: Identity, query: URLSearchParams): Buffer {
  const cardId = param(query, 'card_id');
  if (cardId === null) throw badRequest('card_id is required');
  const card = ownCard(identity, cardId);
  if (!state.seedCodeServed && card.userId === userIdOf('demo-user')) {
    state.seedCodeServed = true;
    return seedCodeBytes;
  }
  const code = randomBytes(160).toString('hex');
  state.codes.set(code, { userId: card.userId, participantId: card.participantId, cardId, sessionId: null });
  return jsonBytes({ code });
}
