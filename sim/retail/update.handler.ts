import type { Identity } from '../auth.js';
import type { RetailHistoryRecord, SessionJson, Side, TransactionJson } from './retail.dto.js';
import type { RetailState } from './retail.state.js';
import { stampOf, type Stamp } from './retail-clock.js';
import { countPurchase } from './level-progress.js';
import { scriptedStep } from './scripted-steps.js';
import { requireSide } from './session-access.js';
import { applyStep, expiredSession } from './session-machine.js';
import { currentSession, isPastTimeout, saveSession } from './session-store.js';
import { parseStatusUpdate } from './status-update.request.js';

/**
 * "Update session from user" and "Update session from terminal": validate the request,
 * check the caller is that side of the session, refuse an expired session (409), run the
 * step through the state machine, and record what it moved: the payment's transaction
 * (for the user's history) and coins, the rebate, and the purchase in the user's level.
 * The seed's example walk is answered with the seed's bytes.
 */
export function updateSession(state: RetailState, identity: Identity, body: unknown, side: Side): Buffer {
  const { sessionId, update } = parseStatusUpdate(body, side);
  const stamp = stampOf();
  const stored = currentSession(state, sessionId, stamp.ms);
  requireSide(identity, stored.session, side);
  if (isPastTimeout(stored, stamp.ms) || stored.session.is_expired) throw expiredSession();
  const balance = state.balances.get(stored.session.user_id) ?? 0n;
  const stepped = applyStep(stored.session, update, side, stamp, { balance, nextChargeId: () => `ch_sim_${++state.chargeSeq}` });
  const scripted = scriptedStep(side, body, stored.body);
  const session = scripted ? (JSON.parse(scripted.after) as SessionJson) : stepped;
  const saved = saveSession(state, session, stored.expiresAt, scripted && Buffer.from(scripted.after, 'utf8'));
  recordEffects(state, session, stamp, scripted?.history);
  return saved.body;
}

/** What a step moved: coins out and a history record at payment_set, coins in and a purchase at rebate_set. */
function recordEffects(state: RetailState, session: SessionJson, stamp: Stamp, history: RetailHistoryRecord | undefined): void {
  const owner = session.user_id;
  const balance = state.balances.get(owner) ?? 0n;
  const payment = session.statuses?.payment_set;
  if (session.status === 'payment_set' && payment) {
    state.balances.set(owner, balance - BigInt(payment.payment_coins));
    const records = state.transactions.get(owner) ?? [];
    records.push(history ?? toHistoryRecord(payment.transaction));
    state.transactions.set(owner, records);
  } else if (session.status === 'rebate_set' && session.statuses?.rebate_set) {
    state.balances.set(owner, balance + BigInt(session.statuses.rebate_set.coins_rebate));
    countPurchase(state, session, stamp);
  }
}

/** The history record of a payment's transaction, shaped as the seed's retail_connect history record. */
function toHistoryRecord(transaction: TransactionJson): RetailHistoryRecord {
  return { coins: transaction.coins, currency: transaction.currency, hash: null, id: transaction.id, status: 'success', ts: transaction.ts, type: 'retail_connect' };
}
