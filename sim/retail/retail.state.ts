import type { LevelJson, RetailHistoryRecord, SessionJson } from './retail.dto.js';
import { seedRetailData } from './retail.seed.js';

/** A session: the bytes served and the object behind them. */
export interface StoredSession {
  body: Buffer;
  session: SessionJson;
  /** When an unfinished session expires (simulator clock, ms). */
  expiresAt: number;
}

/** A code for the terminal to scan: whose it is, and the session it opened (null until init). */
export interface CodeRecord {
  readonly userId: string;
  readonly participantId: string;
  readonly cardId: string;
  sessionId: string | null;
}

/** A level: the bytes served and the object behind them. */
export interface StoredLevel {
  body: Buffer;
  level: LevelJson;
}

/** Retail-connect state: sessions by id, codes, levels, and what the sessions moved. */
export interface RetailState {
  readonly sessions: Map<string, StoredSession>;
  readonly codes: Map<string, CodeRecord>;
  /** By {@link levelKey}. */
  readonly levels: Map<string, StoredLevel>;
  /** Each user's retail_connect transactions, oldest first. */
  readonly transactions: Map<string, RetailHistoryRecord[]>;
  /** Each user's coins (base units) as the payments record them (`profile_coins`). */
  readonly balances: Map<string, bigint>;
  /** False until the seed's example code has been handed out once. */
  seedCodeServed: boolean;
  /** Last number used in a `ch_sim_<n>` cashless charge id. */
  chargeSeq: number;
}

/**
 * Retail state as in the seed: its example sessions (unexpired from `now` on, for their
 * `timeout`), their codes, demo-user's level at NovaStore and demo-user's coins.
 */
export function createRetailState(now = Date.now()): RetailState {
  const seed = seedRetailData();
  const sessions = new Map<string, StoredSession>();
  for (const { body, session } of seed.sessions) {
    sessions.set(session.id, { body, session, expiresAt: now + session.timeout * 1000 });
  }
  return {
    sessions,
    codes: new Map(seed.codes.map(({ code, record }) => [code, { ...record }])),
    levels: new Map(seed.levels.map(({ key, body, level }) => [key, { body, level }])),
    transactions: new Map(),
    balances: new Map(seed.balances),
    seedCodeServed: false,
    chargeSeq: 0,
  };
}
