/**
 * What the caller presented, already checked where it entered (src/server/credentials.ts):
 * every value here is a legal header value. Every part is optional; datasources decide
 * what they need.
 */
export interface Credentials {
  /** Session ticket: `Authorization: Bearer …` or `authenticateit_identity_ticket`. */
  sessionTicket?: string;
  /** Point-of-sale terminal ticket: `authenticateit_terminal_device`. */
  deviceTicket?: string;
  /** Merchant-panel BEARER_TOKEN: `x-merchant-token` or the `BEARER_TOKEN` cookie. */
  merchantToken?: string;
  /**
   * Where the caller sent something that is not a credential (a newline, a non-ASCII
   * character, 2 KB of text): the header or parameter names, so that the refusal can say
   * which one. Such a value is dropped, never sent anywhere.
   */
  malformed?: readonly string[];
}
