import { SimHttpError } from '../http/errors.js';
import { paymentSetStatus, type PaymentContext } from './payment-step.js';
import { rebateCoins } from './rebate.js';
import type { SessionJson, SessionStatus, Side } from './retail.dto.js';
import type { Stamp } from './retail-clock.js';
import type { StatusUpdate } from './status-update.request.js';

/** The status each step must follow; `terminate` may follow any unfinished one. */
const PREVIOUS: Readonly<Record<'amount_set' | 'payment_set' | 'payment_confirm', SessionStatus>> = {
  amount_set: 'init',
  payment_set: 'amount_set',
  payment_confirm: 'payment_set',
};

/** True once a session has reached its end: paid and rebated, or terminated. */
export function isFinished(session: SessionJson): boolean {
  return session.status === 'rebate_set' || session.status === 'terminate';
}

/** The 409 for a step the session's state does not admit (out of order, or after the end). */
function outOfOrder(message: string): SimHttpError {
  return new SimHttpError(409, 'payments-bad_session_status', message);
}

/** The 409 for any step on an expired session. */
export function expiredSession(): SimHttpError {
  return new SimHttpError(409, 'payments-session_expired', 'The session has expired');
}

/** The rebate percent of the user's level in the session's loyalty program; 0 when it names none. */
function rebatePercent(session: SessionJson): number {
  const program = session.loyalty_program;
  return program.rebate?.find((r) => r.level_id === program.user_level)?.rebate_percents ?? 0;
}

/**
 * The session after one step by `side`, as a new object (the stored one is never mutated):
 * init → amount_set (terminal) → payment_set (user) → payment_confirm (terminal), which
 * the rebate follows at once (status rebate_set, as the seed's payment_confirm answer
 * shows); terminate from either side before the end. Throws 409 for a step out of order
 * and 400 for payment fields the session does not admit. Note: `update_ts` is left as
 * it is: the seed's answers keep it at `create_ts` through every step.
 */
export function applyStep(session: SessionJson, update: StatusUpdate, side: Side, stamp: Stamp, payment: PaymentContext): SessionJson {
  if (isFinished(session)) throw outOfOrder(`The session is finished (status ${session.status})`);
  if (update.status !== 'terminate' && session.status !== PREVIOUS[update.status]) {
    throw outOfOrder(`Status ${update.status} cannot follow status ${session.status}`);
  }
  const next = structuredClone(session);
  next.coin_price = { ...next.coin_price, ts: stamp.seconds };
  next.status_side = side;
  const statuses = (next.statuses ??= {});
  switch (update.status) {
    case 'terminate':
      statuses.terminate = { status: 'terminate', ts: stamp.nanos };
      break;
    case 'amount_set':
      statuses.amount_set = { amount_value: update.amountValue, payment_method: update.paymentMethod, status: 'amount_set', ts: stamp.nanos };
      break;
    case 'payment_set':
      statuses.payment_set = paymentSetStatus(next, update, stamp, payment);
      break;
    case 'payment_confirm': {
      statuses.payment_confirm = { status: 'payment_confirm', ts: stamp.nanos };
      const rebate = rebateCoins(statuses.amount_set!.amount_value, rebatePercent(next), next.coin_price.price);
      statuses.rebate_set = { coins_rebate: String(rebate), status: 'rebate_set', ts: stamp.nanos };
      next.status = 'rebate_set';
      return next;
    }
  }
  next.status = update.status;
  return next;
}
