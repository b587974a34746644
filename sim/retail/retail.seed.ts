import { createHash } from 'node:crypto';
import { generateCodeResponse } from '../fixtures/retail-code.fixture.js';
import { retailLevelResponse } from '../fixtures/retail-level.fixture.js';
import { initSessionResponse } from '../fixtures/retail-session-init.fixture.js';
import { sessionInitStatusResponse } from '../fixtures/retail-session-read.fixture.js';
import { sessionRebateSetResponse } from '../fixtures/retail-session-rebate-set.fixture.js';
import { terminalTerminateResponse, userTerminateResponse } from '../fixtures/retail-terminate.fixture.js';
import { sortedJsonBytes } from './retail-clock.js';
import type { LevelJson, SessionJson } from './retail.dto.js';
import { CARDS, DEMO_CARD_ID, DEMO_USER_ID, levelKey } from './retail-identities.js';

const SESSION_URN = 'urn:authenticateit:retail_connect:session:';

/** The session the seed's level counts (`counters.sessions`) but never shows: a finished purchase of 1000 cents. */
export const COUNTED_SESSION_ID = `${SESSION_URN}bee67223-1278-4ceb-b299-c579d85ee9e5`;
/** The session the seed's terminate requests name, though their answers describe two others. */
export const TERMINATE_REQUEST_SESSION_ID = `${SESSION_URN}da9130c0-ceb4-4a6d-891a-f844588cc5fe`;

/** demo-user's coins before the seed's example payment: its `profile_coins` (4327…) plus the 158… it pays. */
const DEMO_USER_COINS = 4_485_000_000_000_000_000_000n;

/** A stand-in code for a session whose code the seed does not show: hex, as the seed's codes are. */
function madeUpCode(sessionId: string): string {
  return createHash('sha512').update(sessionId).digest('hex').repeat(3).slice(0, 320);
}

function stored(text: string): { body: Buffer; session: SessionJson } {
  return { body: Buffer.from(text, 'utf8'), session: JSON.parse(text) as SessionJson };
}

/** A session the seed implies but does not show, made from one it does show; sent as generated JSON. */
function derived(from: string, id: string, change: (session: SessionJson) => void): { body: Buffer; session: SessionJson } {
  const session = JSON.parse(from) as SessionJson;
  session.id = id;
  session.code = madeUpCode(id);
  session.code_hash = createHash('sha1').update(session.code).digest('hex');
  change(session);
  return { body: sortedJsonBytes(session), session };
}

/** Everything retail state starts from; built per reset (cheap next to a test's HTTP). */
export function seedRetailData() {
  const counted = derived(sessionRebateSetResponse, COUNTED_SESSION_ID, (s) => {
    const transaction = s.statuses!.payment_set!.transaction;
    transaction.session_id = COUNTED_SESSION_ID;
    transaction.id = 'urn:authenticateit:transaction_request:5b0c8f3e-2f8a-4d7e-9a49-0c1d2e3f4a5b';
  });
  const toTerminate = derived(userTerminateResponse, TERMINATE_REQUEST_SESSION_ID, (s) => {
    delete s.statuses;
    s.status = 'init';
    s.status_side = 'terminal';
  });
  const sessions = [
    stored(initSessionResponse),
    stored(sessionInitStatusResponse),
    stored(userTerminateResponse),
    stored(terminalTerminateResponse),
    counted,
    toTerminate,
  ];
  const demoCard = CARDS[DEMO_CARD_ID]!;
  const seedCode = (JSON.parse(generateCodeResponse) as { code: string }).code;
  const codes = sessions.map(({ session }) => ({
    code: session.code,
    record: { userId: session.user_id, participantId: session.participant_id, cardId: DEMO_CARD_ID, sessionId: session.id },
  }));
  if (!codes.some(({ code }) => code === seedCode)) throw new Error('the seed code must open the seed init session');
  const level = JSON.parse(retailLevelResponse) as LevelJson;
  return {
    sessions,
    codes,
    levels: [{ key: levelKey(demoCard.userId, demoCard.participantId), body: Buffer.from(retailLevelResponse, 'utf8'), level }],
    balances: [[DEMO_USER_ID, DEMO_USER_COINS]] as Array<[string, bigint]>,
  };
}
