import { createHash } from 'node:crypto';
import type { UpstreamAuth } from '../rest/upstream-auth.js';

/** Forwards the caller's merchant-panel BEARER_TOKEN as `Authorization: Bearer` (seed 000). */
export class MerchantTokenAuth implements UpstreamAuth {
  private key: string | undefined;

  constructor(private readonly token: string) {}

  assertCredentials(): void {}

  apply(headers: Record<string, string>): void {
    headers.authorization = `Bearer ${this.token}`;
  }

  callerKey(): string {
    return (this.key ??= `merchant:${createHash('sha256').update(this.token).digest('base64url')}`);
  }

  secrets(): readonly string[] {
    return [this.token];
  }
}
