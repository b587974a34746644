import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import { toDecimal, toFloat } from './values.js';

/**
 * Fiat amounts and floats the graph promises: exact decimal text as sent ("0.04", "219.03",
 * "-0.06"), or a Float where the contract says Float. A missing or malformed required
 * value is the upstream's fault, never a made-up 0.
 */

/** A required Decimal. */
export function toAmount(value: unknown, what: string): string {
  const text = toDecimal(value);
  if (text === null) throw new UpstreamShapeError('payments', `${what} is not a decimal amount`);
  return text;
}

/** An optional Decimal: null when absent. */
export function toOptionalAmount(value: unknown, what: string): string | null {
  return value === null || value === undefined ? null : toAmount(value, what);
}

/** A required Float. */
export function toRequiredFloat(value: unknown, what: string): number {
  const n = toFloat(value);
  if (n === null) throw new UpstreamShapeError('payments', `${what} is not a number`);
  return n;
}
