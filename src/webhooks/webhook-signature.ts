import { createHmac, timingSafeEqual } from 'node:crypto';

/** Header of a signed webhook: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">` (several v1 while a secret rotates). */
export const SIGNATURE_HEADER = 'x-webhook-signature';

/** How far a signature's timestamp may be from our clock, either way: older is a replay. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** Why a signature was refused, or that it is good. */
export type SignatureVerdict = { ok: true } | { ok: false; reason: string };

/** The HMAC of a body sent at `timestamp`, as the sender computes it. */
export function webhookMac(secret: string, timestamp: string, body: string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(body, 'utf8').digest();
}

/**
 * Verifies a webhook signature: a timestamp within the tolerance (so a captured delivery
 * cannot be replayed later) and an HMAC-SHA256 of that timestamp and the raw body with
 * the shared secret, compared in constant time. Linear in the header and body.
 */
export function verifyWebhookSignature(secret: string, body: string, header: string | undefined, nowMs = Date.now()): SignatureVerdict {
  if (!header || header.length > 1024) return { ok: false, reason: `missing or oversized ${SIGNATURE_HEADER} header` };
  let timestamp: string | undefined;
  const macs: Buffer[] = [];
  for (const part of header.split(',')) {
    const at = part.indexOf('=');
    const key = part.slice(0, at).trim();
    const value = part.slice(at + 1).trim();
    if (key === 't' && /^\d{1,12}$/.test(value)) timestamp = value;
    if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) macs.push(Buffer.from(value, 'hex'));
  }
  if (timestamp === undefined || macs.length === 0) return { ok: false, reason: 'malformed signature header' };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return { ok: false, reason: 'stale or future timestamp' };
  const expected = webhookMac(secret, timestamp, body);
  return macs.some((mac) => timingSafeEqual(mac, expected)) ? { ok: true } : { ok: false, reason: 'bad signature' };
}
