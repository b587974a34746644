import type { GatewayContext } from '../context.js';
import type { RetailSessionDto } from '../datasources/payments/retail.dto.js';
import { ErrorCode } from '../errors/error-codes.js';
import { GatewayError } from '../errors/gateway-errors.js';
import { checkRetailText } from '../mappers/retail-input.mapper.js';
import { isFinalRetailSession } from '../mappers/retail-session.mapper.js';
import { Topic, type TopicPayloads } from '../pubsub/topics.js';

/** What one subscriber is sent for one change: the session as its own credentials read it, or why they could not. */
export type RetailSessionEvent = { session: RetailSessionDto } | { error: Error };

type Changes = AsyncIterableIterator<TopicPayloads[typeof Topic.RetailSessionChanged]>;

/** Refusals after which following the session makes no sense: the subscriber may no longer read it. */
const ENDING = new Set<string>([ErrorCode.Unauthenticated, ErrorCode.Forbidden, ErrorCode.NotFound]);
/**
 * When to ask whether a session expired, after its deadline: `create_ts` has whole seconds
 * and the upstream's clock decides, so not at once; and again later if it said not yet.
 */
const EXPIRY_CHECKS_MS = [2000, 10_000, 60_000];
/**
 * How often a follower reads its session again with nothing published: pub/sub is
 * at-most-once, so a change published while Redis was away (or between its reconnects)
 * would otherwise be lost; what the upstream says now is the truth. Only a change is pushed.
 */
const RECHECK_MS = 10_000;
/** Deadlines further out than this get no timer (a session lasts minutes; a bad `timeout` must not hold a timer for days). */
const MAX_TIMER_MS = 24 * 3600 * 1000;

function isEnding(event: RetailSessionEvent): boolean {
  if ('error' in event) return event.error instanceof GatewayError && ENDING.has(String(event.error.extensions.code));
  return isFinalRetailSession(event.session);
}

/**
 * One subscriber's view of one session's changes. Each published change ("session X
 * changed") is read again with the subscriber's own credentials, so it receives what it
 * may see and nothing else; the read goes through a fresh context, since the operation's
 * memo would answer with the state at subscription time. It ends after a final state
 * (rebate_set, terminate, expired), after a refusal that will not pass, or when the
 * client stops. Note: a plain iterator rather than an async generator, so that stopping
 * ends a wait for the next change at once instead of after it.
 */
class RetailSessionFollower implements AsyncIterableIterator<RetailSessionEvent> {
  private finished = false;
  private timer: NodeJS.Timeout | undefined;
  private expiryCheck: Promise<'expiry'> | undefined;
  private expiryChecks = 0;
  private deadline = Number.NaN;
  private recheckTimer: NodeJS.Timeout | undefined;
  /** What was last read or pushed, to push only changes found by a recheck. */
  private lastSeen: string | undefined;

  constructor(
    private readonly ctx: GatewayContext,
    private readonly sessionId: string,
    private readonly changes: Changes,
    private pending: Promise<IteratorResult<unknown>> | null,
    private initial: RetailSessionDto | null,
  ) {
    if (initial) this.lastSeen = fingerprint(initial);
    if (initial && !isFinalRetailSession(initial)) {
      this.deadline = Date.parse(initial.create_ts) + Number(initial.timeout) * 1000;
      this.armExpiryCheck();
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<RetailSessionEvent>> {
    if (this.finished) return { done: true, value: undefined };
    const initial = this.initial;
    this.initial = null;
    // Already final when subscribed: nothing will change any more, so say so once and end.
    if (initial && isFinalRetailSession(initial)) return this.emit({ session: initial });
    for (;;) {
      const change = await Promise.race([(this.pending ??= this.changes.next()), ...(this.expiryCheck ? [this.expiryCheck] : []), this.recheck()]);
      clearTimeout(this.recheckTimer);
      if (this.finished) return this.return();
      if (change === 'expiry') this.expiryCheck = undefined;
      else if (change !== 'recheck') {
        this.pending = null;
        if (change.done) return this.return();
      }
      const event = await this.readAgain();
      if (change === 'expiry' && !isEnding(event)) this.armExpiryCheck();
      // A published change is pushed as read; a look of our own (expiry, recheck) only
      // when it ends the follow or found a change.
      if (change !== 'expiry' && change !== 'recheck') return this.emit(event);
      if (isEnding(event) || ('session' in event && fingerprint(event.session) !== this.lastSeen)) return this.emit(event);
    }
  }

  async return(): Promise<IteratorResult<RetailSessionEvent>> {
    this.finished = true;
    clearTimeout(this.timer);
    clearTimeout(this.recheckTimer);
    await this.changes.return?.();
    return { done: true, value: undefined };
  }

  private emit(event: RetailSessionEvent): IteratorResult<RetailSessionEvent> {
    if ('session' in event) this.lastSeen = fingerprint(event.session);
    if (isEnding(event)) void this.return();
    return { done: false, value: event };
  }

  private async readAgain(): Promise<RetailSessionEvent> {
    try {
      return { session: await this.ctx.renew().payments.retail.getRetailSession(this.sessionId) };
    } catch (err) {
      return { error: err instanceof Error ? err : new Error(String(err)) };
    }
  }

  private recheck(): Promise<'recheck'> {
    return new Promise((resolve) => {
      this.recheckTimer = setTimeout(() => resolve('recheck'), RECHECK_MS);
    });
  }

  /**
   * Expiry changes nothing through the gateway, so nothing is published: look a few times
   * just after the session's deadline (create_ts + timeout); after that, changes still
   * arrive as published.
   */
  private armExpiryCheck(): void {
    const after = EXPIRY_CHECKS_MS[this.expiryChecks++];
    const wait = this.deadline + (after ?? Number.NaN) - Date.now();
    if (!Number.isFinite(wait) || wait <= 0 || wait > MAX_TIMER_MS) return;
    this.expiryCheck = new Promise((resolve) => {
      this.timer = setTimeout(() => resolve('expiry'), wait);
    });
  }
}

/** The session's state as text, to tell a change from the same state read again. */
function fingerprint(session: RetailSessionDto): string {
  return JSON.stringify([session.status, session.statuses], (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));
}

/**
 * Starts following a session for the subscriber in `ctx`: listens first, then reads the
 * session with the subscriber's credentials, so a change between the two is not missed
 * and a subscriber who may not read the session is refused (FORBIDDEN, NOT_FOUND, …)
 * before anything is pushed.
 */
export async function followRetailSession(ctx: GatewayContext, sessionId: string): Promise<AsyncIterableIterator<RetailSessionEvent>> {
  const id = checkRetailText('sessionId', sessionId);
  const changes = ctx.pubsub.subscribe(Topic.RetailSessionChanged, id);
  // The first next() makes the pub/sub engine subscribe (with Redis, a SUBSCRIBE on the wire).
  const pending = changes.next();
  try {
    const session = await ctx.payments.retail.getRetailSession(id);
    return new RetailSessionFollower(ctx, id, changes, pending, session);
  } catch (err) {
    await changes.return?.();
    throw err;
  }
}
