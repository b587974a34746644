import type { UpstreamAuth } from '../rest/upstream-auth.js';

/**
 * No credentials: for the Login Endpoint, whose body carries them. `secrets` are the
 * values in that body (the password), so that nothing echoed from the upstream repeats them.
 */
export class AnonymousAuth implements UpstreamAuth {
  constructor(private readonly bodySecrets: readonly string[] = []) {}

  assertCredentials(): void {}

  apply(): void {}

  callerKey(): string {
    return 'anonymous';
  }

  secrets(): readonly string[] {
    return this.bodySecrets;
  }
}
