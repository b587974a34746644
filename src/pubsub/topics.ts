/**
 * What the gateway publishes, one topic per kind of change, each routed by the id of the
 * thing that changed. Note: Redis pub/sub is at-most-once, so a payload says "this changed,
 * look again"; what must not be lost (a ticket's final state) lives in a key of its own.
 */
export const Topic = {
  /** A support ticket's status changed (webhook received, or reconciled by polling). */
  SupportTicketChanged: 'support-ticket-changed',
  /** A retail-connect session was updated through a gateway instance. */
  RetailSessionChanged: 'retail-session-changed',
} as const;

/** One of {@link Topic}. */
export type Topic = (typeof Topic)[keyof typeof Topic];

/** The payload of each topic. */
export interface TopicPayloads {
  [Topic.SupportTicketChanged]: { ticketId: string };
  [Topic.RetailSessionChanged]: { sessionId: string };
}
