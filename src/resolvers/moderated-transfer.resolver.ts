import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import type { TransferReviewDto } from '../datasources/payments/transfer-review.dto.js';
import { toTransferReview } from '../mappers/transfer-review.mapper.js';
import { ModeratedTransfer } from '../types/moderated-transfer.type.js';
import { TransferReview } from '../types/transfer-review.type.js';

/**
 * Each review answer mapped once. Note: the request's loader hands every selection of
 * `review` (a screen's components each select their own) the same answer object, so
 * keying by it maps a review once per request; a weak key lets it go with the request.
 */
const mapped = new WeakMap<TransferReviewDto, TransferReview>();

function reviewOf(dto: TransferReviewDto): TransferReview {
  let review = mapped.get(dto);
  if (review === undefined) mapped.set(dto, (review = toTransferReview(dto)));
  return review;
}

/** A moderated transfer's review, loaded only when selected: one upstream read per distinct transfer per request. */
@Resolver(() => ModeratedTransfer)
export class ModeratedTransferResolver {
  @FieldResolver(() => TransferReview, {
    nullable: true,
    description: 'the full review of this transfer (POST /payments-service/transfer/limits), loaded only when asked for',
  })
  async review(@Root() transfer: ModeratedTransfer, @Ctx() { payments }: GatewayContext): Promise<TransferReview | null> {
    const dto = await payments.moderation.loadReview(transfer.id);
    return dto && reviewOf(dto);
  }
}
