import type { TopUpRecordDto, TopUpStatusDto, TopUpStepDto } from '../datasources/payments/topup.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { TopUp, TopUpConnection, TopUpStep } from '../types/topup-history.type.js';
import { TopUpStepKind } from '../types/topup-history.type.js';
import { TransferStatus } from '../types/transfer.enums.js';
import { toCents, toCoins, unitsToCents } from './money-values.js';
import { decodeCursor, pageOf, pageSize } from './paging.js';
import { toCurrency, toDateTime } from './values.js';

const STATUS: Readonly<Record<TopUpStatusDto, TransferStatus>> = {
  success: TransferStatus.SUCCESS,
  failure: TransferStatus.FAILURE,
  pending: TransferStatus.PENDING,
};

/** Seed 003's chains: Charge → TopUp → Refund. The upstream lists steps newest first; the graph gives them in chain order. */
const CHAIN_ORDER: readonly TopUpStepKind[] = [TopUpStepKind.CHARGE, TopUpStepKind.TOPUP, TopUpStepKind.REFUND];
const KIND: Readonly<Record<TopUpStepDto['sub_type'], TopUpStepKind>> = {
  charge: TopUpStepKind.CHARGE,
  topup: TopUpStepKind.TOPUP,
  refund: TopUpStepKind.REFUND,
};

function dateTime(value: string, what: string): string {
  const at = toDateTime(value);
  if (at === null) throw new UpstreamShapeError('payments', `${what} without a valid ts`);
  return at;
}

/** One step. A step's `amount` is in cents in every record of the seed. */
function toTopUpStep(dto: TopUpStepDto): TopUpStep {
  const amountCents = toCents(dto.amount);
  const currency = toCurrency(dto.currency);
  if (amountCents === null || currency === null) throw new UpstreamShapeError('payments', 'a top-up step without whole cents or currency');
  return {
    kind: KIND[dto.sub_type],
    status: STATUS[dto.status],
    at: dateTime(dto.ts, 'a top-up step'),
    amountCents,
    currency,
    chargeId: dto.charge_id ?? null,
    coins: dto.coins === undefined || dto.coins === null ? null : toCoins(dto.coins),
    hash: dto.hash ?? null,
    reason: dto.reason ?? null,
  };
}

/**
 * The cents of a chain. Rule: the steps' own cents, which every record of the seed
 * carries — the charge's (what the card paid), else the first step's. The outer `amount`
 * is not a safe witness: it is in currency units in most records (22 → steps of 2200,
 * 5.1 → 510, 1500 → 150000) but in cents in another (2022 → a step of 2022). Only a chain
 * without steps falls back to it, read as currency units like most records, exactly.
 */
export function chainCents(record: TopUpRecordDto, steps: readonly TopUpStep[]): number {
  const witness = steps.find((step) => step.kind === TopUpStepKind.CHARGE) ?? steps[0];
  if (witness) return witness.amountCents;
  const cents = unitsToCents(record.amount);
  if (cents === null) throw new UpstreamShapeError('payments', 'a top-up without steps whose amount is not whole cents');
  return cents;
}

/** One chain, its steps in chain order (charge, top-up, refund). */
export function toTopUp(dto: TopUpRecordDto): TopUp {
  // Array.prototype.sort is stable: two steps of one kind keep the upstream's order.
  const steps = dto.history.map(toTopUpStep).sort((a, b) => CHAIN_ORDER.indexOf(a.kind) - CHAIN_ORDER.indexOf(b.kind));
  return { id: dto.id, status: STATUS[dto.status], at: dateTime(dto.ts, 'a top-up'), amountCents: chainCents(dto, steps), steps };
}

/**
 * Cursor keys of the history: a chain's id and time, with the count of earlier chains of
 * the same key for exact repeats. Note: ids repeat across a chain's steps, and an id alone
 * could repeat across records; the time keeps a cursor valid while a pending chain's status changes.
 */
function keysOf(topUps: readonly TopUp[]): Map<TopUp, string> {
  const seen = new Map<string, number>();
  const keys = new Map<TopUp, string>();
  for (const topUp of topUps) {
    const base = `${topUp.id} ${topUp.at}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    keys.set(topUp, n === 0 ? base : `${base} #${n}`);
  }
  return keys;
}

/** Checks `first` and `after` before the upstream is called: a bad page request costs no call. */
export function checkTopUpPageArgs(first: number | null | undefined, after: string | null | undefined): void {
  pageSize(first);
  if (after !== null && after !== undefined) decodeCursor(after);
}

/** A page of the history, newest first as the upstream lists it. */
export function toTopUpPage(dtos: readonly TopUpRecordDto[], first: number | null | undefined, after: string | null | undefined): TopUpConnection {
  const topUps = dtos.map(toTopUp);
  const keys = keysOf(topUps);
  return { ...pageOf(topUps, (topUp) => keys.get(topUp)!, first, after), totalCount: topUps.length };
}
