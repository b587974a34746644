import { badRequest } from '../http/errors.js';
import type { PaymentMethod, Side } from './retail.dto.js';

/** One validated status change. */
export type StatusUpdate =
  | { status: 'amount_set'; amountValue: number; paymentMethod: PaymentMethod }
  | { status: 'payment_set'; paymentValue: number; paymentCoins: bigint; paymentReference: string | null }
  | { status: 'payment_confirm' }
  | { status: 'terminate' };

/** The statuses each side may set (seed 003: the terminal sets amounts and confirms, the user pays). */
const ALLOWED: Readonly<Record<Side, readonly string[]>> = {
  user: ['payment_set', 'terminate'],
  terminal: ['amount_set', 'payment_confirm', 'terminate'],
};
const KNOWN = new Set(['init', 'amount_set', 'payment_set', 'payment_confirm', 'rebate_set', 'terminate']);
const MAX_ID_LENGTH = 512;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

/** Coins as the seed sends them: a digit string (or a safe integer), more than zero. */
function positiveCoins(value: unknown): bigint | null {
  const text = typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,78}$/.test(text)) return null;
  const coins = BigInt(text);
  return coins > 0n ? coins : null;
}

/**
 * Validates an update body (`session_id`, `status_metadata`) from `side`: a status the other
 * side sets, or one nobody sets (init, rebate_set), is a 400 `payments-bad_status`; so are
 * missing or malformed fields of the step. Whether the step fits the session's state is
 * the state machine's question, not this one's.
 */
export function parseStatusUpdate(body: unknown, side: Side): { sessionId: string; update: StatusUpdate } {
  if (!isObject(body)) throw badRequest('Body must be a JSON object');
  const { session_id: sessionId, status_metadata: metadata } = body;
  if (typeof sessionId !== 'string' || sessionId === '' || sessionId.length > MAX_ID_LENGTH) throw badRequest('session_id is required');
  if (!isObject(metadata)) throw badRequest('status_metadata is required');
  const status = metadata.status;
  if (typeof status !== 'string' || !KNOWN.has(status)) throw badRequest('Unknown status', 'payments-bad_status');
  if (!ALLOWED[side].includes(status)) throw badRequest(`Status ${status} cannot be set by the ${side}`, 'payments-bad_status');
  return { sessionId, update: parseMetadata(status, metadata) };
}

function parseMetadata(status: string, metadata: Record<string, unknown>): StatusUpdate {
  if (status === 'amount_set') {
    const amountValue = positiveInteger(metadata.amount_value);
    if (amountValue === null) throw badRequest('amount_value must be a positive number of cents', 'payments-bad_amount');
    const method = metadata.payment_method;
    if (method !== 'cash' && method !== 'cashless') throw badRequest('payment_method must be cash or cashless', 'payments-bad_payment_method');
    return { status, amountValue, paymentMethod: method };
  }
  if (status === 'payment_set') {
    const paymentValue = positiveInteger(metadata.payment_value);
    if (paymentValue === null) throw badRequest('payment_value must be a positive number of cents', 'payments-bad_payment_value');
    const paymentCoins = positiveCoins(metadata.payment_coins);
    if (paymentCoins === null) throw badRequest('payment_coins must be a positive whole number of coin units', 'payments-bad_payment_coins');
    const reference = metadata.payment_reference ?? null;
    if (reference !== null && typeof reference !== 'string') throw badRequest('payment_reference must be a string or null', 'payments-bad_payment_reference');
    return { status, paymentValue, paymentCoins, paymentReference: reference };
  }
  return { status: status as 'payment_confirm' | 'terminate' };
}
