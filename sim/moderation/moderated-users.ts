import { USER_IDS } from '../retail/retail-identities.js';

/** Who a moderator sees behind a transfer: the fields of a moderation entry and of a review's user. */
export interface ModeratedUser {
  readonly user_id: string;
  readonly user_email: string;
  readonly first_name: string;
  readonly last_name: string | null;
}

/**
 * The user behind each demo session ticket. Note: demo-user's names and email are the seed's
 * moderation user (user1 surname1, email@gmail.com); its id is the one retail connect uses.
 */
const USERS: Readonly<Record<string, ModeratedUser>> = {
  'demo-user': { user_id: USER_IDS['demo-user']!, user_email: 'email@gmail.com', first_name: 'user1', last_name: 'surname1' },
  'demo-participant': { user_id: USER_IDS['demo-participant']!, user_email: 'ethertest3@mailinator.com', first_name: 'Ether', last_name: 'Test' },
  'demo-system': { user_id: USER_IDS['demo-system']!, user_email: 'system@authenticateit.com', first_name: 'System', last_name: null },
};

/** The user of a session ticket (every demo ticket has one). */
export function moderatedUserOf(ticket: string): ModeratedUser {
  return USERS[ticket] ?? { user_id: `urn:authenticateit:user:email:${ticket}`, user_email: ticket, first_name: ticket, last_name: null };
}
