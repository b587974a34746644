import type { UpstreamAuth } from '../rest/upstream-auth.js';
import type { OAuth2TokenSource, TokenRequest } from './oauth2-token.source.js';

/**
 * The gateway's own OAuth2 client credentials (seed 001: "Access token obtained via
 * /oauth2/token/"), for tickets raised by app users: `Authorization: Bearer <access token>`.
 */
export class OAuth2ClientAuth implements UpstreamAuth {
  private lastToken: string | undefined;

  constructor(
    private readonly source: OAuth2TokenSource,
    private readonly request: TokenRequest,
    private readonly clientKey: string,
  ) {}

  assertCredentials(): void {}

  async apply(headers: Record<string, string>): Promise<void> {
    this.lastToken = await this.source.token(this.request);
    headers.authorization = `Bearer ${this.lastToken}`;
  }

  /** The service refused the token this request used: drop it, so that a retry gets a new one. */
  async renew(): Promise<boolean> {
    if (this.lastToken === undefined) return false;
    await this.source.invalidate(this.lastToken);
    return true;
  }

  callerKey(): string {
    return this.clientKey;
  }

  secrets(): readonly string[] {
    return this.lastToken ? [this.lastToken] : [];
  }
}
