import type { ReviewUserDto, TransferReviewDto } from '../datasources/payments/transfer-review.dto.js';
import { UpstreamShapeError } from '../errors/upstream-shape-error.js';
import type { ModeratedUser } from '../types/moderated-transfer.type.js';
import type { CurrencyPrice, TransferReview } from '../types/transfer-review.type.js';
import { toRequiredFloat } from './amounts.js';
import { toCoins, toOptionalCoins } from './coins.js';
import { toRecordFee } from './fee-breakdown.mapper.js';
import { toTransfers } from './transfer-history.mapper.js';
import { toCurrency, toDateTime, toFloat } from './values.js';

/** The user of a review, every field as sent. */
function toReviewUser(dto: ReviewUserDto): ModeratedUser {
  return {
    id: dto.id,
    email: dto.email ?? null,
    firstName: dto.first_name ?? null,
    lastName: dto.last_name ?? null,
    country: dto.country ?? null,
    level: dto.level ?? null,
    phone: dto.phone ?? null,
    photo: dto.photo ?? null,
  };
}

/** `coins_prices` ({"aud": 2.7e-22, …}) as a list in the upstream's order, currencies upper-cased. */
function toCoinPrices(prices: Readonly<Record<string, unknown>> | null | undefined): CurrencyPrice[] {
  return Object.entries(prices ?? {}).map(([currency, price]) => ({
    currency: toCurrency(currency) ?? currency,
    perUnit: toRequiredFloat(price, `coins_prices.${currency}`),
  }));
}

/**
 * A transfer's review: the moderation request, its user, their limits, and their recent
 * transfers through the Transfer mappers of the user's own history (a cash-out account
 * without an id there maps to a null account). Note: the history is mapped when it is
 * first read, and only then: a moderation list that shows a review's limits or user
 * (selected once per item, or twice) does not pay for mapping a history per item.
 */
export function toTransferReview(dto: TransferReviewDto): TransferReview {
  const { request, limits } = dto;
  const at = toDateTime(request.ts);
  const currency = toCurrency(limits.currency);
  if (at === null || currency === null) throw new UpstreamShapeError('payments', 'a transfer review without a time or currency');
  let history: TransferReview['history'] | undefined;
  return {
    request: {
      id: request.id,
      transferId: request.transfer_uuid ?? null,
      action: request.action ?? null,
      status: request.status,
      statusAt: toDateTime(request.status_ts),
      at,
      coins: toCoins(request.coins, 'request coins'),
      profileCoins: toOptionalCoins(request.profile_coins, 'profile_coins'),
      owner: request.owner ?? null,
      moderatorId: request.moderator_id ?? null,
      fee: toRecordFee(request),
      coinPrices: toCoinPrices(request.coins_prices),
    },
    user: toReviewUser(dto.user),
    limits: {
      currency,
      level: limits.level,
      boostedValue: toFloat(limits.boosted_value),
      historyValue: toFloat(limits.history_value),
      maxLevelValue: toFloat(limits.max_level_value),
      recordValue: toFloat(limits.record_value),
      totalMaxLevelValue: toFloat(limits.total_max_level_value),
      from: toDateTime(limits.ts_from),
      to: toDateTime(limits.ts_to),
    },
    get history() {
      return (history ??= toTransfers(dto.history));
    },
  };
}
