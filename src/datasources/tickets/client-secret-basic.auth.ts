import type { UpstreamAuth } from '../rest/upstream-auth.js';

/** OAuth2 client authentication with HTTP Basic (RFC 6749 §2.3.1), for the token endpoint only. */
export class ClientSecretBasicAuth implements UpstreamAuth {
  private readonly header: string;

  constructor(
    private readonly clientId: string,
    private readonly clientSecret: string,
  ) {
    // RFC 6749 §2.3.1: id and secret are form-encoded before they are joined.
    const form = (text: string): string => new URLSearchParams({ v: text }).toString().slice(2);
    this.header = `Basic ${Buffer.from(`${form(clientId)}:${form(clientSecret)}`).toString('base64')}`;
  }

  assertCredentials(): void {}

  apply(headers: Record<string, string>): void {
    headers.authorization = this.header;
  }

  callerKey(): string {
    return `client:${this.clientId}`;
  }

  secrets(): readonly string[] {
    return [this.clientSecret];
  }
}
