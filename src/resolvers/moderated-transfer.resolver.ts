import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toTransferReview } from '../mappers/transfer-review.mapper.js';
import { ModeratedTransfer } from '../types/moderated-transfer.type.js';
import { TransferReview } from '../types/transfer-review.type.js';

/** A moderated transfer's review, loaded only when selected: one upstream read per distinct transfer per request. */
@Resolver(() => ModeratedTransfer)
export class ModeratedTransferResolver {
  @FieldResolver(() => TransferReview, {
    nullable: true,
    description: 'the full review of this transfer (POST /payments-service/transfer/limits), loaded only when asked for',
  })
  async review(@Root() transfer: ModeratedTransfer, @Ctx() { payments }: GatewayContext): Promise<TransferReview | null> {
    const dto = await payments.moderation.loadReview(transfer.id);
    return dto && toTransferReview(dto);
  }
}
