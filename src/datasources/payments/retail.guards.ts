import { amount, arrayOf, bool, coins, currency, intLike, num, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import type { LevelRuleProgressDto, LoyaltyProgramDto, RetailCodeDto, RetailLevelDto, RetailSessionDto } from './retail.dto.js';

/**
 * Checks of the retail-connect answers, run before anything is memoised or used: every
 * field the graph reads is checked here, so a malformed session fails its request as the
 * upstream's fault instead of reaching a mapper half-formed.
 */

const levelRule = obj({
  type: str,
  purchases: opt(intLike),
  purchases_count: opt(intLike),
  spends: opt(num),
  value_aud: opt(num),
  period_days: opt(intLike),
});

/** A loyalty program. */
export const isLoyaltyProgramDto: Guard<LoyaltyProgramDto> = obj({
  id: str,
  name: str,
  description: opt(str),
  type: opt(str),
  status: opt(str),
  country: opt(str),
  bgcolor: opt(str),
  image_small: opt(str),
  image_big: opt(str),
  coin_payments_rule: opt(obj({ type: str, currency_value: num })),
  level_up: opt(arrayOf(obj({ level_id: str, rules: arrayOf(levelRule) }))),
  rebate: opt(arrayOf(obj({ level_id: str, rebate_percents: num }))),
  user_level: opt(str),
});

const statuses = obj({
  amount_set: opt(obj({ amount_value: intLike, payment_method: oneOf('cash', 'cashless'), ts: str })),
  payment_set: opt(
    obj({
      payment_value: intLike,
      payment_coins: coins,
      payment_reference: opt(str),
      payment_result: opt(obj({ status: opt(str) })),
      transaction: opt(obj({ id: opt(str) })),
      ts: str,
    }),
  ),
  payment_confirm: opt(obj({ ts: str })),
  rebate_set: opt(obj({ coins_rebate: coins, ts: str })),
  terminate: opt(obj({ ts: str })),
});

/** A retail-connect session. Note: an unknown `status` is refused: the graph's enum could not say it. */
export const isRetailSessionDto: Guard<RetailSessionDto> = obj({
  id: str,
  code: str,
  code_hash: opt(str),
  status: oneOf('init', 'amount_set', 'payment_set', 'payment_confirm', 'rebate_set', 'terminate'),
  status_side: oneOf('user', 'terminal'),
  currency,
  coin_price: opt(obj({ price: amount, timeout_sec: intLike, ts: str })),
  create_ts: str,
  update_ts: opt(str),
  is_expired: bool,
  timeout: intLike,
  device_id: opt(str),
  operator_id: opt(str),
  participant_id: str,
  user_id: str,
  loyalty_program: opt(isLoyaltyProgramDto),
  statuses: opt(statuses),
});

/** GET …/sessions. */
export const isRetailSessionListDto: Guard<RetailSessionDto[]> = arrayOf(isRetailSessionDto);

const ruleProgressShape = obj({ type: str, pass: bool, user_value: num });

/** A rule's progress; its target is the number under the key its `type` names (`"spends": 2000`). */
export const isLevelRuleProgressDto: Guard<LevelRuleProgressDto> = (value): value is LevelRuleProgressDto =>
  ruleProgressShape(value) && Object.hasOwn(value, value.type) && num((value as Record<string, unknown>)[value.type]);

/** "Get user level info". */
export const isRetailLevelDto: Guard<RetailLevelDto> = obj({
  id: str,
  user_id: str,
  participant_id: str,
  user_level: str,
  user_level_next: opt(str),
  user_level_rebate_percents: num,
  activity_from_utc_ts: opt(str),
  activity_to_utc_ts: opt(str),
  next_ts_utc: opt(str),
  calculated_ts: opt(str),
  counters: obj({ purchases_count: intLike, spends: num, sessions: opt(arrayOf(str)) }),
  rules: opt(arrayOf(isLevelRuleProgressDto)),
  loyalty_program: isLoyaltyProgramDto,
});

/** "Generate code". */
export const isRetailCodeDto: Guard<RetailCodeDto> = obj({ code: str });

