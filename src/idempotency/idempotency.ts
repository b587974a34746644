import { randomUUID } from 'node:crypto';
import { missingSessionTicket } from '../datasources/rest/upstream-auth.js';
import type { Credentials } from '../lib/credentials.js';
import type { Logger } from '../lib/logger.js';
import type { Metrics } from '../lib/metrics.js';
import { ErrorCode } from '../errors/error-codes.js';
import { checkIdempotencyKey } from './idempotency-key.js';
import { decodeRecord, encodeRecord, fingerprintOf, slotOf, type IdempotencyRecord } from './idempotency-record.js';
import { IdempotencyConflictError, IdempotencyUnavailableError, IdempotentFailureReplay, unclearFailure } from './idempotency.errors.js';
import type { IdempotencyStore } from './idempotency.store.js';

/** How long records and leases live. */
export interface IdempotencyTimings {
  /** How long a result is replayed (24 h). */
  retentionMs: number;
  /**
   * Age past which a "pending" marker is taken for a request that died (a crash, a kill):
   * it may or may not have moved money, so the key is answered as such, never sent again.
   */
  staleAfterMs: number;
  /** How long a second request with the key waits for the first one's result. */
  waitMs: number;
}

/**
 * One money-moving call: its operation, the client's key (none: just run it), and the
 * input it sends upstream (without the key), which must be the same on a retry.
 */
export interface IdempotentCall {
  operation: string;
  key: string | null | undefined;
  input: unknown;
}

/**
 * Idempotency of money-moving mutations for one request. The first request with a key
 * claims it (one SET NX of a "pending" marker that lives as long as a result would), sends,
 * and stores the result for 24 h; a later or concurrent request with the key and the same
 * input waits for and returns that result without calling the upstream; another input is
 * CONFLICT. A failure that proves nothing happened frees the key; any other failure is
 * kept, since the money may have moved, and so is a marker whose owner died (it turns into
 * "may or may not" once stale). When the store cannot answer the claim, the call is refused.
 *
 * Note: the fast path (a fresh key) costs one Redis round trip before the upstream call,
 * the claim, which must be acknowledged before anything is sent (fail closed), and one
 * write after it, the result, which the answer does not wait for. Waiting would prove
 * nothing: a result that cannot be stored is answered all the same (the client must not
 * lose it), and since the marker never expires early, an unsettled key can only ever be
 * answered "may or may not", never sent twice. A retry that overtakes the write sees the
 * marker and waits for it like any concurrent request.
 */
export class Idempotency {
  constructor(
    private readonly store: IdempotencyStore,
    private readonly credentials: Credentials,
    private readonly timings: IdempotencyTimings,
    private readonly deps: { logger: Logger; metrics: Metrics; requestId: string },
  ) {}

  /**
   * Runs `send` at most once per caller and key within 24 h, and returns its first result.
   * Note: that result is stored as JSON and a replay returns a parsed copy, so `send`
   * should return the upstream's answer (a guarded DTO) and the resolver map it after.
   */
  async run<T>(call: IdempotentCall, send: () => Promise<T>): Promise<T> {
    if (call.key === null || call.key === undefined) return send();
    const key = checkIdempotencyKey(call.key);
    const ticket = this.credentials.sessionTicket;
    if (!ticket) throw missingSessionTicket(this.credentials);
    const slot = slotOf(ticket, key);
    const fingerprint = fingerprintOf(ticket, call.operation, call.input);
    const deadline = Date.now() + this.timings.waitMs;
    for (let attempt = 0; ; attempt++) {
      const pending = encodeRecord({ s: 'pending', f: fingerprint, o: randomUUID(), t: Date.now() });
      if (await this.guarded('claim', () => this.store.claim(slot, pending, this.timings.retentionMs))) {
        return this.sendOnce(call.operation, slot, pending, fingerprint, send);
      }
      const record = await this.guarded('read', () => this.store.get(slot));
      // null: freed between the two calls (a refusal that moved nothing), so claim it again.
      const replayed = record === null ? undefined : this.replay<T>(call.operation, decodeRecord(record), fingerprint);
      if (replayed !== undefined) return replayed.value;
      if (Date.now() >= deadline) {
        this.count(call.operation, 'in_progress');
        throw new IdempotencyConflictError('A request with this idempotencyKey is still in progress; retry shortly with the same key.');
      }
      await sleep(Math.min(50 * 2 ** Math.min(attempt, 3), 400));
    }
  }

  /** The stored answer for a finished request; undefined while the first one is still running. */
  private replay<T>(operation: string, record: IdempotencyRecord | null, fingerprint: string): { value: T } | undefined {
    // A record this version cannot read is not proof of anything: refuse rather than resend.
    if (record === null) throw new IdempotencyUnavailableError();
    if (record.f !== fingerprint) {
      this.count(operation, 'conflict');
      throw new IdempotencyConflictError();
    }
    if (record.s === 'pending') {
      if (record.t === undefined || Date.now() - record.t < this.timings.staleAfterMs) return undefined;
      // Its owner died between claim and result: the transfer may have been sent.
      this.count(operation, 'stale');
      throw new IdempotentFailureReplay(ErrorCode.UpstreamUnavailable, undefined);
    }
    this.count(operation, 'replayed');
    if (record.s === 'failed') throw new IdempotentFailureReplay(record.code, record.upstream);
    return { value: record.v as T };
  }

  private async sendOnce<T>(operation: string, slot: string, pending: string, fingerprint: string, send: () => Promise<T>): Promise<T> {
    this.count(operation, 'sent');
    let value: T;
    try {
      value = await send();
    } catch (err) {
      const failure = unclearFailure(err);
      // Awaited: the client may retry with the same key at once, and should find it free.
      if (failure === null) await this.store.release(slot, pending).catch((e: unknown) => this.logFailure('release', e));
      else void this.storeRecord(slot, encodeRecord({ s: 'failed', f: fingerprint, ...failure }));
      throw err;
    }
    // Not awaited (see the class comment); storeRecord never rejects.
    void this.storeRecord(slot, encodeRecord({ s: 'done', f: fingerprint, v: value }));
    return value;
  }

  /**
   * Stores a result or an unclear failure, trying three times. Note: should all fail, the
   * marker stays "pending" and turns into "may or may not" once stale: a retry is never
   * sent again. That is logged as an error for operators.
   */
  private async storeRecord(slot: string, record: string): Promise<void> {
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        return await this.store.settle(slot, record, this.timings.retentionMs);
      } catch (err) {
        this.logFailure('settle', err, attempt);
        if (attempt < 3) await sleep(100);
      }
    }
  }

  /** A store call whose failure refuses the mutation (fail closed). */
  private async guarded<T>(step: string, op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      this.logFailure(step, err);
      throw new IdempotencyUnavailableError();
    }
  }

  private count(operation: string, outcome: string): void {
    this.deps.metrics.inc('gateway_idempotency_total', { operation, outcome });
  }

  private logFailure(step: string, err: unknown, attempt = 1): void {
    this.deps.metrics.inc('gateway_idempotency_store_errors_total', { step });
    const error = err instanceof Error ? err.message : String(err);
    this.deps.logger.error('idempotency store failed', { step, attempt, requestId: this.deps.requestId, error });
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
