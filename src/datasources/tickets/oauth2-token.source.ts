import { createHash } from 'node:crypto';
import type { SharedCache } from '../../cache/shared-cache.js';
import { SingleFlight } from '../../cache/single-flight.js';
import { UpstreamShapeError } from '../../errors/upstream-shape-error.js';
import { SealedText } from '../../lib/sealed-text.js';
import type { AccessTokenDto } from './tickets.dto.js';

/** A token as kept in the shared cache: the value, sealed, and when to fetch the next one (epoch ms). */
interface StoredToken {
  sealed: string;
  refreshAt: number;
}

/** Fetches a new access token (one POST /oauth2/token/). */
export type TokenRequest = () => Promise<AccessTokenDto>;

/** How long before its expiry a token is replaced: a minute, or a tenth of a short lifetime. */
function lifetimeSeconds(expiresIn: number): number {
  return expiresIn - Math.min(60, Math.floor(expiresIn / 10));
}

/**
 * The gateway's OAuth2 access token at the ticket service (client credentials), shared by
 * every request and, through the shared cache, every instance: it is fetched once and
 * reused until shortly before it expires. Concurrent callers that find no token share one
 * token request (single flight), however many they are.
 *
 * Note: a token is the gateway's own credential, not a user's: sharing it is the point. Its
 * cache key names the client by a hash, and the token is stored sealed with a key derived
 * from the client secret, so that reading Redis is not enough to act as the gateway.
 */
export class OAuth2TokenSource {
  private readonly flights = new SingleFlight();
  private readonly key: string;
  private readonly seal: SealedText;
  /** The token this instance last fetched or read, so that a caller who missed the flight by a hair does not start another. */
  private recent: { token: string; refreshAt: number } | undefined;

  constructor(
    private readonly cache: SharedCache,
    clientId: string,
    clientSecret: string,
  ) {
    this.key = `tickets:oauth2-token:v2:${createHash('sha256').update(clientId).digest('base64url').slice(0, 22)}`;
    this.seal = new SealedText(clientSecret, 'oauth2-token-cache');
  }

  /** A valid access token: the shared one, or a new one fetched with `request` (once, for all waiting callers). */
  async token(request: TokenRequest): Promise<string> {
    const known = this.fresh();
    if (known !== undefined) return known;
    const cached = await this.cache.get<StoredToken>(this.key);
    const token = cached && cached.refreshAt > Date.now() ? this.seal.open(cached.sealed) : undefined;
    if (token !== undefined && cached) {
      this.recent = { token, refreshAt: cached.refreshAt };
      return token;
    }
    // A flight may have landed while the shared cache was asked: its token serves.
    return this.fresh() ?? this.flights.run(this.key, () => this.fetch(request)).promise;
  }

  /**
   * Drops `token` after the service refused it (revoked before its time): the next caller
   * fetches a new one. A newer token someone else already fetched is kept.
   */
  async invalidate(token: string): Promise<void> {
    if (this.recent?.token === token) this.recent = undefined;
    const cached = await this.cache.get<StoredToken>(this.key);
    if (cached && this.seal.open(cached.sealed) === token) this.cache.set(this.key, { sealed: cached.sealed, refreshAt: 0 } satisfies StoredToken, 1);
  }

  private fresh(): string | undefined {
    return this.recent && this.recent.refreshAt > Date.now() ? this.recent.token : undefined;
  }

  private async fetch(request: TokenRequest): Promise<string> {
    const answer = await request();
    const expiresIn = Number(answer.expires_in);
    if (answer.token_type.toLowerCase() !== 'bearer' || !Number.isSafeInteger(expiresIn) || expiresIn < 1 || !/^[\x21-\x7E]{1,4096}$/.test(answer.access_token)) {
      throw new UpstreamShapeError('tickets', 'an access token the gateway cannot use');
    }
    const lifetime = lifetimeSeconds(expiresIn);
    this.recent = { token: answer.access_token, refreshAt: Date.now() + Math.max(0, lifetime) * 1000 };
    if (lifetime >= 1) this.cache.set(this.key, { sealed: this.seal.seal(answer.access_token), refreshAt: Date.now() + lifetime * 1000 } satisfies StoredToken, lifetime);
    return answer.access_token;
  }
}
