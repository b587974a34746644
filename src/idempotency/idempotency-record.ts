import { createHmac } from 'node:crypto';
import type { UpstreamErrorInfo } from '../errors/error-codes.js';

/**
 * What the store holds for one key: a request in flight, its result, or a failure whose
 * outcome upstream is unknown. `f` is the fingerprint of the request (operation and input);
 * a pending record names its owner (`o`, a fresh UUID) and when it was claimed (`t`, epoch
 * ms; absent in records of the previous version, whose 15 s lease TTL ends them anyway).
 */
export type IdempotencyRecord =
  | { s: 'pending'; f: string; o: string; t?: number }
  | { s: 'done'; f: string; v: unknown }
  | { s: 'failed'; f: string; code: string; upstream?: UpstreamErrorInfo };

/**
 * The store key of an idempotency key: an HMAC of it under the caller's session ticket.
 * Note: scoped to the caller (another ticket gives another slot), and neither the ticket
 * nor the client's key text is ever stored or logged.
 */
export function slotOf(sessionTicket: string, idempotencyKey: string): string {
  return `idem:v1:${createHmac('sha256', sessionTicket).update(`key\0${idempotencyKey}`).digest('base64url')}`;
}

/**
 * The fingerprint of a request: an HMAC of the operation and its upstream input. Note:
 * keyed by the ticket, so that a stored fingerprint of a card number cannot be reversed by
 * trying every number.
 */
export function fingerprintOf(sessionTicket: string, operation: string, input: unknown): string {
  return createHmac('sha256', sessionTicket).update(`input\0${operation}\0${canonicalJson(input)}`).digest('base64url');
}

/** JSON with object keys sorted, so that the same input always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The stored text of a record. */
export function encodeRecord(record: IdempotencyRecord): string {
  return JSON.stringify(record);
}

/** A stored record, or null for text that is not one (written by another version, or damaged). */
export function decodeRecord(text: string): IdempotencyRecord | null {
  try {
    const record = JSON.parse(text) as Partial<IdempotencyRecord> | null;
    if (!record || typeof record.f !== 'string') return null;
    if (record.s === 'pending' || record.s === 'done') return record as IdempotencyRecord;
    if (record.s === 'failed' && typeof record.code === 'string') return record as IdempotencyRecord;
    return null;
  } catch {
    return null;
  }
}
