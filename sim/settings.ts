/** Process-level settings a handler may need (the ticket service's webhook target, for now). */
export interface SimSettings {
  /** Where ticket status webhooks go (the gateway's `/webhooks/support-tickets`). */
  readonly webhookUrl: string;
  /** HMAC-SHA256 key for signing webhooks; undefined sends them unsigned. */
  readonly webhookSecret: string | undefined;
}

/** The default webhook target: the gateway on its default port (DESIGN.md "Fixed names"). */
export const DEFAULT_WEBHOOK_URL = 'http://127.0.0.1:4000/webhooks/support-tickets';
