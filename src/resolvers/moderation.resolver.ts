import { Arg, Ctx, Extensions, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toModeratedTransferPage } from '../mappers/moderated-transfer.mapper.js';
import { toApprovalMode, toApprovalOptions, toModerationQuery, toProviderDto } from '../mappers/moderation-query.mapper.js';
import { toTransferReview } from '../mappers/transfer-review.mapper.js';
import { toUpstreamId } from '../mappers/upstream-id.mapper.js';
import { ModeratedTransferPage } from '../types/moderated-transfer.type.js';
import { ModerationFilter } from '../types/moderation-filter.input.js';
import { ApprovalMode, TransferProvider } from '../types/moderation.enums.js';
import { Moderation } from '../types/moderation.type.js';
import { TransferReview } from '../types/transfer-review.type.js';

/** Transfer moderation for the system participant: settings, the list, reviews and decisions. */
@Resolver(() => Moderation)
export class ModerationResolver {
  @Query(() => Moderation, { description: 'Transfer moderation: only for the system participant (FORBIDDEN otherwise).' })
  moderation(): Moderation {
    return new Moderation();
  }

  @FieldResolver(() => ApprovalMode, { nullable: true, description: 'GET /payments-service/coinbase/options or /poloniex/options' })
  async approvalMode(@Ctx() { payments }: GatewayContext, @Arg('provider', () => TransferProvider) provider: TransferProvider): Promise<ApprovalMode> {
    return toApprovalMode(await payments.moderation.getOptions(toProviderDto(provider)));
  }

  @FieldResolver(() => ModeratedTransferPage, { nullable: true, description: 'POST /payments-service/transfer/get' })
  async transfers(
    @Ctx() { payments }: GatewayContext,
    @Arg('filter', () => ModerationFilter, { nullable: true }) filter: ModerationFilter | null,
    @Arg('newestFirst', () => Boolean, { nullable: true, defaultValue: true }) newestFirst: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Arg('offset', () => Int, { nullable: true, defaultValue: 0 }) offset: number | null,
  ): Promise<ModeratedTransferPage> {
    const query = toModerationQuery(filter, { newestFirst, first, offset });
    return toModeratedTransferPage(await payments.moderation.getModeratedTransfers(query), query.limit);
  }

  @FieldResolver(() => TransferReview, { nullable: true, description: 'POST /payments-service/transfer/limits' })
  async review(@Ctx() { payments }: GatewayContext, @Arg('id', () => ID) id: string): Promise<TransferReview | null> {
    const dto = await payments.moderation.loadReview(toUpstreamId(id, 'id'));
    return dto && toTransferReview(dto);
  }

  @Mutation(() => ApprovalMode, { description: 'POST /payments-service/coinbase/options or /poloniex/options (system participant)' })
  async setTransferApprovalMode(
    @Ctx() { payments }: GatewayContext,
    @Arg('provider', () => TransferProvider) provider: TransferProvider,
    @Arg('mode', () => ApprovalMode) mode: ApprovalMode,
  ): Promise<ApprovalMode> {
    return toApprovalMode(await payments.moderation.setOptions(toProviderDto(provider), toApprovalOptions(mode)));
  }

  // Approving releases a held transfer: it moves money, so it counts toward the one per operation.
  @Extensions({ moneyMoving: true })
  @Mutation(() => Boolean, { description: 'POST /payments-service/transfer/approve (system participant)' })
  async approveTransfer(@Ctx() { payments }: GatewayContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await payments.moderation.approveTransfer(toUpstreamId(id, 'id'));
    return true;
  }

  @Mutation(() => Boolean, { description: 'POST /payments-service/transfer/reject (system participant)' })
  async rejectTransfer(@Ctx() { payments }: GatewayContext, @Arg('id', () => ID) id: string): Promise<boolean> {
    await payments.moderation.rejectTransfer(toUpstreamId(id, 'id'));
    return true;
  }
}
