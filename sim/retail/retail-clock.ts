import { isoSeconds } from '../billing/dates.js';

/** The instants one change is stamped with, in the seed's two formats. */
export interface Stamp {
  readonly ms: number;
  /** `2023-05-02T03:09:17Z`: session, coin price and transaction times. */
  readonly seconds: string;
  /** `2023-05-02T03:09:17.296505840Z`: the times of `statuses`, nine fraction digits. */
  readonly nanos: string;
}

/**
 * Stamps `date`. Note: JavaScript clocks stop at milliseconds; the six digits below them
 * come from the high-resolution timer, so successive stamps differ as the seed's do.
 */
export function stampOf(date: Date = new Date()): Stamp {
  const belowMs = String(process.hrtime.bigint() % 1_000_000n).padStart(6, '0');
  return { ms: date.getTime(), seconds: isoSeconds(date), nanos: `${date.toISOString().slice(0, 23)}${belowMs}Z` };
}

/** JSON with every object's keys sorted, as the payments service writes them. */
export function sortedJsonBytes(value: unknown): Buffer {
  return Buffer.from(JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? sortKeys(v) : v)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = value[key];
  return sorted;
}
