import { SignJWT } from 'jose';
import type { UpstreamAuth } from '../rest/upstream-auth.js';

/** The application user whose key signs each request (seed 002), decoded once per process. */
export interface JwtSigningKey {
  readonly appUserId: string;
  readonly key: Uint8Array;
  /** The path of the service's base URL ('' or e.g. '/tickets'): part of every signed requestPath. */
  readonly basePath: string;
}

/**
 * Seed 002's request signing: a fresh HS256 JWT per request, header `ver: 1`, claims
 * `sub` (the application user), `iat` (seconds), `requestPath` (the URL's path with its
 * query string) and `requestMethod`, sent as `Authorization: Bearer`.
 *
 * Note: the seed's example token carries `iat` in milliseconds while its text says seconds;
 * we follow the text (a JWT's NumericDate is seconds, RFC 7519 §2).
 */
export class JwtRequestAuth implements UpstreamAuth {
  private lastToken: string | undefined;

  constructor(private readonly signing: JwtSigningKey) {}

  assertCredentials(): void {}

  async apply(headers: Record<string, string>, request: { method: string; path: string }): Promise<void> {
    this.lastToken = await new SignJWT({ requestPath: `${this.signing.basePath}${request.path}`, requestMethod: request.method.toUpperCase() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT', ver: 1 })
      .setSubject(this.signing.appUserId)
      .setIssuedAt()
      .sign(this.signing.key);
    headers.authorization = `Bearer ${this.lastToken}`;
  }

  callerKey(): string {
    return `app-user:${this.signing.appUserId}`;
  }

  secrets(): readonly string[] {
    return this.lastToken ? [this.lastToken] : [];
  }
}
