import { decodeProtectedHeader, jwtVerify } from 'jose';
import { DEMO_APP_USER } from '../demo-credentials.js';

/** How far `iat` may be from the simulator's clock, either way (seed 002: against relay attacks). */
export const JWT_MAX_SKEW_SECONDS = 300;

const KEY = new Uint8Array(Buffer.from(DEMO_APP_USER.key, 'base64'));

/**
 * Verifies a seed-002 request token: HS256 with the demo application user's key, header
 * `ver: 1`, `sub` the application user, `iat` in seconds and recent, and `requestPath`
 * (path with query string) and `requestMethod` those of this very request. Any mismatch
 * is a refusal: a token signed for one request must not open another.
 */
export async function verifyRequestJwt(token: string, method: string, requestPath: string, nowMs = Date.now()): Promise<boolean> {
  try {
    const header = decodeProtectedHeader(token);
    if (header.alg !== 'HS256' || header.ver !== 1) return false;
    const { payload } = await jwtVerify(token, KEY, { algorithms: ['HS256'], subject: DEMO_APP_USER.id });
    const iat = payload.iat;
    if (typeof iat !== 'number' || Math.abs(nowMs / 1000 - iat) > JWT_MAX_SKEW_SECONDS) return false;
    return payload.requestPath === requestPath && payload.requestMethod === method;
  } catch {
    return false;
  }
}
