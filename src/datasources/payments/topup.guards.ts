import { amount, arrayOf, bool, coins, currency, intLike, obj, oneOf, opt, str, type Guard } from '../../lib/guard.js';
import type { TopUpMinimumDto, TopUpRecordDto, TopUpSettingsDto, TopUpStepDto } from './topup.dto.js';

/** Checks of the TopUp endpoints' answers: every field the graph reads, before anything is used. */

const status = oneOf('success', 'failure', 'pending');

/** The minimum top-up. */
export const isTopUpMinimumDto: Guard<TopUpMinimumDto> = obj({ amount: intLike, coins, currency });

/** The participant's top-up settings. */
export const isTopUpSettingsDto: Guard<TopUpSettingsDto> = obj({
  amount: intLike,
  coins_threshold: coins,
  currency,
  frequency: oneOf('daily', 'weekly', 'monthly'),
  minimal_amount: bool,
  status: oneOf('active', 'inactive'),
});

/** One step of a chain. */
export const isTopUpStepDto: Guard<TopUpStepDto> = obj({
  amount,
  charge_id: opt(str),
  coins: opt(coins),
  currency,
  hash: opt(str),
  id: opt(str),
  reason: opt(str),
  status,
  sub_type: oneOf('charge', 'topup', 'refund'),
  ts: str,
});

/** The history (format v2): chains, newest first. */
export const isTopUpHistoryDto: Guard<TopUpRecordDto[]> = arrayOf(obj({ amount, history: arrayOf(isTopUpStepDto), id: str, status, ts: str }));
