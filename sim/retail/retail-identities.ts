/**
 * Who is who in retail connect: the seed's user, participant, terminal and card ids behind
 * the demo credentials (DESIGN.md "Fixed names"), written once for the retail routes.
 */

/** demo-user's user id, as the seed's sessions and level name it. */
export const DEMO_USER_ID = 'urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8';

/** The participant (NovaStore) of every seed session. */
export const DEMO_PARTICIPANT_ID = 'urn:authenticateit:participant:735879621218609';

/** The device id of the demo terminal (`demo-terminal`), as the seed's sessions name it. */
export const DEMO_DEVICE_ID = '735879621218609:a5ed8e8f-98bc-4c6a-a00a-2222db146808';

/** The demo store card of demo-user (DESIGN.md "Fixed names"). */
export const DEMO_CARD_ID = 'demo-card';

/**
 * The user id behind each demo session ticket. Note: demo-participant is the seed's terminal
 * operator (`operator_id`), demo-system the seed's `created_by`.
 */
export const USER_IDS: Readonly<Record<string, string>> = {
  'demo-user': DEMO_USER_ID,
  'demo-participant': 'urn:authenticateit:user:email:ethertest3@mailinator.com',
  'demo-system': 'urn:authenticateit:user:email:system@authenticateit.com',
};

/** The device id behind each known device ticket. */
export const DEVICE_IDS: Readonly<Record<string, string>> = { 'demo-terminal': DEMO_DEVICE_ID };

/** A store card: whose it is and at which participant. */
export interface StoreCard {
  readonly userId: string;
  readonly participantId: string;
}

/** The store cards the simulator knows. */
export const CARDS: Readonly<Record<string, StoreCard>> = {
  [DEMO_CARD_ID]: { userId: DEMO_USER_ID, participantId: DEMO_PARTICIPANT_ID },
};

/** The user id of a session ticket, or null for a ticket without one. */
export function userIdOf(ticket: string): string | null {
  return Object.hasOwn(USER_IDS, ticket) ? USER_IDS[ticket]! : null;
}

/** The key of a user's level at a participant. */
export function levelKey(userId: string, participantId: string): string {
  return `${userId} ${participantId}`;
}
