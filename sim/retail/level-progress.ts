import type { SessionJson } from './retail.dto.js';
import type { RetailState } from './retail.state.js';
import { levelKey } from './retail-identities.js';
import type { Stamp } from './retail-clock.js';
import { sortedJsonBytes } from './retail-clock.js';

/** The counter a rule of each type measures. */
const RULE_COUNTER: Readonly<Record<string, 'purchases_count' | 'spends'>> = { purchases_count: 'purchases_count', spends: 'spends' };

/**
 * Counts a finished purchase in the user's level at the session's participant: the session
 * id joins `counters.sessions`, the purchase and its amount (cents) the counters, and each
 * rule's `user_value`/`pass` follow. Note: the level itself (casual → regular) is not
 * recomputed; the seed does not say when the upstream does that.
 */
export function countPurchase(state: RetailState, session: SessionJson, stamp: Stamp): void {
  const key = levelKey(session.user_id, session.participant_id);
  const stored = state.levels.get(key);
  const amount = session.statuses?.amount_set?.amount_value;
  if (stored === undefined || amount === undefined) return;
  const level = structuredClone(stored.level);
  level.counters.sessions.push(session.id);
  level.counters.purchases_count += 1;
  level.counters.spends += amount;
  for (const rule of level.rules) {
    const counter = RULE_COUNTER[rule.type];
    const target = rule[rule.type];
    if (counter === undefined || typeof target !== 'number') continue;
    rule.user_value = level.counters[counter];
    rule.pass = rule.user_value >= target;
  }
  level.calculated_ts = stamp.seconds;
  state.levels.set(key, { body: sortedJsonBytes(level), level });
}
