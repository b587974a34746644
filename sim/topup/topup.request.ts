import { badRequest } from '../http/errors.js';
import type { TopUpSettings } from './topup.dto.js';

const FREQUENCIES: ReadonlySet<string> = new Set(['daily', 'weekly', 'monthly']);
const STATUSES: ReadonlySet<string> = new Set(['active', 'inactive']);
const COINS = /^\d{1,78}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCents(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * A Set/Update TopUp body checked by the seed's rules: `coins_threshold` required in coins
 * format; `amount` a non-negative integer of cents, at least the minimum unless
 * `minimal_amount` is set (then it is ignored and stored as 0, as the seed's answer
 * shows); `frequency` daily (default), weekly or monthly; `status` active (default) or inactive.
 */
export function parseTopUpRequest(body: unknown, minimumCents: number, currency: string): TopUpSettings {
  if (!isObject(body)) throw badRequest('Body must be a JSON object');
  const { amount, minimal_amount: minimal = false, coins_threshold: threshold, frequency = 'daily', status = 'active' } = body;
  if (typeof minimal !== 'boolean') throw badRequest('minimal_amount must be a boolean');
  if (typeof threshold !== 'string' || !COINS.test(threshold)) {
    throw badRequest('coins_threshold is required, in coins format', 'payments-bad_coins_threshold');
  }
  if (typeof frequency !== 'string' || !FREQUENCIES.has(frequency)) {
    throw badRequest('frequency must be daily, weekly or monthly', 'payments-bad_frequency');
  }
  if (typeof status !== 'string' || !STATUSES.has(status)) throw badRequest('status must be active or inactive', 'payments-bad_status');
  if (!minimal) {
    if (!isCents(amount)) throw badRequest('amount is required, a non-negative integer of cents, unless minimal_amount is set', 'payments-bad_amount');
    if (amount < minimumCents) {
      throw badRequest(`amount must be at least ${minimumCents}, or minimal_amount must be set`, 'payments-topup_amount_too_small');
    }
  }
  return {
    amount: minimal ? 0 : (amount as number),
    coins_threshold: threshold,
    currency,
    frequency: frequency as TopUpSettings['frequency'],
    minimal_amount: minimal,
    status: status as TopUpSettings['status'],
  };
}

/** The cents of a Create manual TopUp request: "Required … Non negative integer". */
export function parseManualTopUp(body: unknown): number {
  const amount = isObject(body) ? body.amount : undefined;
  if (!isCents(amount)) throw badRequest('amount is required, a non-negative integer of cents', 'payments-bad_amount');
  return amount;
}
