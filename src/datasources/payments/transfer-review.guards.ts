import { amount, coins, currency, obj, opt, recordOf, str, type Guard } from '../../lib/guard.js';
import { dateTimeText } from '../../lib/guard-extra.js';
import { isFeeDto } from './fees.guards.js';
import type { TransferReviewDto } from './transfer-review.dto.js';
import { isTransferRecordListDto } from './transfers.guards.js';

/**
 * POST /payments-service/transfer/limits: every field the graph's TransferReview reads.
 * History records are checked by kind as in the user's own history; a record of an
 * unknown kind passes, to be left out by the mapper.
 */
export const isTransferReviewDto: Guard<TransferReviewDto> = obj({
  request: obj({
    id: str,
    transfer_uuid: opt(str),
    action: opt(str),
    status: str,
    status_ts: opt(str),
    ts: dateTimeText,
    coins,
    profile_coins: opt(coins),
    owner: opt(str),
    moderator_id: opt(str),
    fee: opt(isFeeDto),
    coins_prices: opt(recordOf(amount)),
  }),
  user: obj({
    id: str,
    email: opt(str),
    first_name: opt(str),
    last_name: opt(str),
    country: opt(str),
    level: opt(str),
    phone: opt(str),
    photo: opt(str),
  }),
  limits: obj({
    currency,
    level: str,
    boosted_value: opt(amount),
    history_value: opt(amount),
    max_level_value: opt(amount),
    record_value: opt(amount),
    total_max_level_value: opt(amount),
    ts_from: opt(str),
    ts_to: opt(str),
  }),
  history: isTransferRecordListDto,
});
