import { moderatedTransfersRequest } from '../fixtures/moderation.fixture.js';
import { badRequest } from '../http/errors.js';
import type { ModerationItem } from './moderation.state.js';

const STATUSES = new Set(['pending', 'manual_rejected', 'manual_approved', 'auto_approved']);
const TYPES = new Set(['coinbase', 'poloniex']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/;
/** The most entries one page may ask for. */
const MAX_LIMIT = 1000;

/** A validated Read list of Coinbase/Poloniex transfers request. */
export interface ModerationQuery {
  readonly userId?: string;
  readonly accountEmail?: string;
  readonly from?: number;
  readonly to?: number;
  readonly statuses?: ReadonlySet<string>;
  readonly types?: ReadonlySet<string>;
  readonly ascending: boolean;
  readonly limit: number;
  readonly offset: number;
}

const refuse = (message: string) => badRequest(message, 'payments-bad_filter');

function text(value: unknown, name: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || value === '') throw refuse(`${name} must be text`);
  return value;
}

function time(value: unknown, name: string): number | undefined {
  const t = text(value, name);
  if (t === undefined) return undefined;
  if (!DATE_TIME.test(t) || Number.isNaN(Date.parse(t))) throw refuse(`${name} must be a date-time like 2022-05-01T04:23:56Z`);
  return Date.parse(t);
}

function list(value: unknown, name: string, valid: ReadonlySet<string>): ReadonlySet<string> | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && valid.has(v))) throw refuse(`${name} must be a list of: ${[...valid].join(', ')}`);
  return new Set(value as string[]);
}

function whole(value: unknown, name: string, min: number, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) throw refuse(`${name} must be a whole number of at least ${min}`);
  return value;
}

/** Validates a transfer/get body by the seed's parameter table (status and type values, positive limit, non-negative offset). */
export function parseModerationQuery(value: unknown): ModerationQuery {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw badRequest('Body must be a JSON object');
  const b = value as Record<string, unknown>;
  if (b.order_type !== undefined && b.order_type !== 'asc' && b.order_type !== 'desc') throw refuse('order_type must be asc or desc');
  if (b.order_by !== undefined && b.order_by !== 'ts') throw refuse('order_by must be ts');
  return {
    userId: text(b.user_id, 'user_id'),
    accountEmail: text(b.account_email, 'account_email'),
    from: time(b.ts_from, 'ts_from'),
    to: time(b.ts_to, 'ts_to'),
    statuses: list(b.status, 'status', STATUSES),
    types: list(b.type, 'type', TYPES),
    ascending: b.order_type === 'asc',
    limit: Math.min(whole(b.limit, 'limit', 1, 10), MAX_LIMIT),
    offset: whole(b.offset, 'offset', 0, 0),
  };
}

const EXAMPLE = parseModerationQuery(JSON.parse(moderatedTransfersRequest));

/** True for the seed's example request (the same values, whatever the key order). */
export function isExampleQuery(query: ModerationQuery): boolean {
  return JSON.stringify(query, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v)) === JSON.stringify(EXAMPLE, (_, v: unknown) => (v instanceof Set ? [...v].sort() : v));
}

/** The entries a query matches, ordered by time (stable), and how many there are in all. */
export function runModerationQuery(items: readonly ModerationItem[], q: ModerationQuery): { count: number; data: ModerationItem[] } {
  const matches = items.filter((item) => {
    const at = Date.parse(item.ts);
    return (
      (q.userId === undefined || item.user_id === q.userId) &&
      (q.accountEmail === undefined || item.account_email === q.accountEmail) &&
      (q.from === undefined || at >= q.from) &&
      (q.to === undefined || at <= q.to) &&
      (q.statuses === undefined || q.statuses.has(item.status)) &&
      (q.types === undefined || q.types.has(item.type))
    );
  });
  const sign = q.ascending ? 1 : -1;
  const sorted = matches.map((item, i) => ({ item, i, at: Date.parse(item.ts) })).sort((a, b) => sign * (a.at - b.at) || a.i - b.i);
  return { count: sorted.length, data: sorted.slice(q.offset, q.offset + q.limit).map((s) => s.item) };
}
