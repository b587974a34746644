/**
 * The participant ids behind the demo session tickets. demo-participant is the
 * participant of seed 003's examples (its custom rate card, its retail sessions).
 * Note: the seed never names the system participant's id; this one is made up.
 */
export const PARTICIPANT_ID_BY_TICKET: Readonly<Record<string, string>> = {
  'demo-participant': 'urn:authenticateit:participant:735879621218609',
  'demo-system': 'urn:authenticateit:participant:000000000000001',
};

/** The session ticket of a demo participant id, or undefined for an unknown id. */
export function ticketOfParticipant(participantId: string): string | undefined {
  return Object.keys(PARTICIPANT_ID_BY_TICKET).find((ticket) => PARTICIPANT_ID_BY_TICKET[ticket] === participantId);
}

/** The participant id of a session ticket (undefined for an app user). */
export function participantIdOf(ticket: string): string | undefined {
  return Object.hasOwn(PARTICIPANT_ID_BY_TICKET, ticket) ? PARTICIPANT_ID_BY_TICKET[ticket] : undefined;
}
