import { randomBytes } from 'node:crypto';
import { DEMO_MERCHANT } from '../demo-credentials.js';

/** A logged-in merchant-panel user: their BEARER_TOKEN and the MID they act under. */
export interface MerchantSession {
  readonly token: string;
  readonly email: string;
  readonly mids: readonly string[];
  mid: string;
  lastUsedAt: number;
}

/** The merchant-panel sessions of seed 000: login, idle expiry, logout. */
export class MerchantSessions {
  private readonly byToken = new Map<string, MerchantSession>();

  /** A new session for the demo merchant's email and password, else null. */
  login(email: string, password: string, now: number): MerchantSession | null {
    if (email.toLowerCase() !== DEMO_MERCHANT.email || password !== DEMO_MERCHANT.password) return null;
    const session: MerchantSession = {
      token: randomBytes(24).toString('base64url'),
      email: DEMO_MERCHANT.email,
      mids: DEMO_MERCHANT.mids,
      mid: DEMO_MERCHANT.mids[0],
      lastUsedAt: now,
    };
    this.byToken.set(session.token, session);
    return session;
  }

  /**
   * The session of a token, its idle clock restarted; null when the token is unknown,
   * revoked, or idle for longer than `idleMs` (then it is forgotten).
   */
  use(token: string, now: number, idleMs: number): MerchantSession | null {
    const session = this.byToken.get(token);
    if (!session) return null;
    if (now - session.lastUsedAt > idleMs) {
      this.byToken.delete(token);
      return null;
    }
    session.lastUsedAt = now;
    return session;
  }

  /** Logout: the token is never accepted again. */
  revoke(token: string): void {
    this.byToken.delete(token);
  }
}

/** The merchant context as Login, Switch Context and Get Context answer it. */
export function merchantContextDto(session: MerchantSession): { email: string; mid: string; mids: readonly string[] } {
  return { email: session.email, mid: session.mid, mids: session.mids };
}
