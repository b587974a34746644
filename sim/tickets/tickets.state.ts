import { MerchantSessions } from './merchant-sessions.js';
import type { SimTicket } from './ticket.dto.js';
import { TicketJobs } from './ticket-jobs.js';

/** The ticket service's state: tickets, merchant sessions, OAuth2 tokens, background jobs. */
export interface TicketsState {
  readonly tickets: Map<string, SimTicket>;
  readonly merchants: MerchantSessions;
  /** OAuth2 access tokens issued to the demo client, with their expiry (epoch ms). */
  readonly accessTokens: Map<string, number>;
  readonly jobs: TicketJobs;
  /** Last number used in a `SUP-<n>` issue key. */
  issueSeq: number;
  /** Last number used in a `doc_<n>` document id. */
  documentSeq: number;
}

/** An empty ticket service; issue keys start at SUP-1001. */
export function createTicketsState(): TicketsState {
  return { tickets: new Map(), merchants: new MerchantSessions(), accessTokens: new Map(), jobs: new TicketJobs(), issueSeq: 1000, documentSeq: 0 };
}
