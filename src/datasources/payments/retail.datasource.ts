import DataLoader from 'dataloader';
import { mapBounded } from '../../lib/bounded-map.js';
import type { CallArgs, Endpoint } from '../rest/endpoint.js';
import type { RestClient } from '../rest/rest-client.js';
import type { RetailLevelDto, RetailSessionDto, StatusMetadataDto } from './retail.dto.js';
import { RetailEndpoints as E } from './retail.endpoints.js';

/** Session reads in flight at once for one request's loads by id. */
const SESSION_LOAD_CONCURRENCY = 4;

/** Which level to read: at least one is given (checked where the arguments enter). */
export interface RetailLevelQuery {
  cardId?: string | undefined;
  code?: string | undefined;
  participantId?: string | undefined;
}

/** Filters of the session list. */
export type RetailSessionFilter = RetailLevelQuery;

/**
 * Note: the level read and code generation share GET …/code; a request with `card_id`
 * alone is the seed's code request, so a level read by card alone names the level's own
 * type (`type=retail_connect_level`), which the other two parameters make unnecessary.
 */
export const LEVEL_TYPE = 'retail_connect_level';

/**
 * The payments service's retail-connect operations for one request. Sessions by id go
 * through a DataLoader private to this request: one upstream read per distinct id, a few at
 * a time, in key order; writes empty it, since a session read before may have changed.
 */
export class RetailDataSource {
  private readonly sessions: DataLoader<string, RetailSessionDto>;

  constructor(private readonly rest: RestClient) {
    this.sessions = new DataLoader((ids) => mapBounded(ids, SESSION_LOAD_CONCURRENCY, (id) => this.getRetailSession(id)));
  }

  /** GET …/code with card_id, code or participant_id: the user's level. */
  getRetailLevel({ cardId, code, participantId }: RetailLevelQuery): Promise<RetailLevelDto> {
    const byCardAlone = cardId !== undefined && code === undefined && participantId === undefined;
    return this.rest.read(E.getRetailLevel, {
      query: { card_id: cardId, code, participant_id: participantId, ...(byCardAlone && { type: LEVEL_TYPE }) },
    });
  }

  /** GET …/code with card_id alone: a new code for the terminal to scan. */
  async generateRetailCode(cardId: string): Promise<string> {
    return (await this.write(E.generateRetailCode, { query: { card_id: cardId } })).code;
  }

  /** POST …/sessions/session/init (the device ticket travels with the caller's credentials). */
  initRetailSession(code: string): Promise<RetailSessionDto> {
    return this.write(E.initRetailSession, { body: { code } });
  }

  /** GET …/sessions: the caller's active sessions. */
  getRetailSessions({ cardId, code, participantId }: RetailSessionFilter): Promise<RetailSessionDto[]> {
    return this.rest.read(E.getRetailSessions, { query: { card_id: cardId, code, participant_id: participantId } });
  }

  /** GET …/sessions/session. */
  getRetailSession(id: string): Promise<RetailSessionDto> {
    return this.rest.read(E.getRetailSession, { query: { session_id: id } });
  }

  /** Sessions by id, in order, through this request's loader; the first failure fails them all. */
  async loadRetailSessions(ids: readonly string[]): Promise<RetailSessionDto[]> {
    const loaded = await this.sessions.loadMany(ids);
    const failed = loaded.find((item): item is Error => item instanceof Error);
    if (failed) throw failed;
    return loaded as RetailSessionDto[];
  }

  /** PUT …/sessions/session/update/user. */
  updateRetailSessionAsUser(sessionId: string, metadata: StatusMetadataDto): Promise<RetailSessionDto> {
    return this.write(E.updateRetailSessionAsUser, { body: { session_id: sessionId, status_metadata: metadata } });
  }

  /** PUT …/sessions/session/update/terminal. */
  updateRetailSessionAsTerminal(sessionId: string, metadata: StatusMetadataDto): Promise<RetailSessionDto> {
    return this.write(E.updateRetailSessionAsTerminal, { body: { session_id: sessionId, status_metadata: metadata } });
  }

  private async write<T>(endpoint: Endpoint<T>, args: CallArgs): Promise<T> {
    try {
      return await this.rest.write(endpoint, args);
    } finally {
      this.sessions.clearAll();
    }
  }
}
