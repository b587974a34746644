import { createHash } from 'node:crypto';
import { RateLimitedError } from '../errors/gateway-errors.js';
import type { RateLimiter } from './rate-limiter.js';

/**
 * The far smaller budget of merchantLogin: attempts a minute per account and, apart, per
 * client address, so that guessing one merchant's password from many addresses and many
 * merchants' passwords from one address both stop early. Every attempt counts, not only
 * failures: the upstream's verdict would come after the guess was already made. Note: the
 * account is counted under its hash (lower-cased), never the address in clear.
 */
export class LoginAttempts {
  constructor(
    private readonly limiter: RateLimiter,
    private readonly perMinute: number,
    private readonly clientIp: string,
  ) {}

  /** Counts one attempt for `email`; throws RATE_LIMITED (with retryAfter) when over either budget. */
  async take(email: string): Promise<void> {
    const account = createHash('sha256').update(email.toLowerCase()).digest('base64url');
    const [byAccount, byAddress] = await Promise.all([
      this.limiter.take('login-account', account, this.perMinute),
      this.limiter.take('login-address', this.clientIp, this.perMinute),
    ]);
    const waits = [byAccount, byAddress].flatMap((d) => (d.allowed ? [] : [d.retryAfterSeconds]));
    if (waits.length > 0) {
      const retryAfter = Math.max(...waits);
      throw new RateLimitedError(`Too many login attempts; retry in ${retryAfter} s.`, retryAfter);
    }
  }
}
