import { Arg, Ctx, Extensions, ID, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toTransferCode } from '../mappers/transfer-code.js';

/**
 * The approve/reject links a moderator gets by email for a pending transfer. Note: GETs
 * upstream, mutations here: they change state, so they are sent once and never retried.
 */
@Resolver()
export class TransferApprovalResolver {
  // Approving releases a held transfer: it moves money, so it counts toward the one per operation.
  @Extensions({ moneyMoving: true })
  @Mutation(() => Boolean, { description: 'GET /user/ethereum/transfer/:code/approve (moderator link)' })
  async approveEthereumTransfer(@Ctx() { payments }: GatewayContext, @Arg('code', () => ID) code: string): Promise<boolean> {
    await payments.ethereum.approveEthereumTransfer(toTransferCode(code));
    return true;
  }

  @Mutation(() => Boolean, { description: 'GET /user/ethereum/transfer/:code/reject (moderator link)' })
  async rejectEthereumTransfer(@Ctx() { payments }: GatewayContext, @Arg('code', () => ID) code: string): Promise<boolean> {
    await payments.ethereum.rejectEthereumTransfer(toTransferCode(code));
    return true;
  }
}
