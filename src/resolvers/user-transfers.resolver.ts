import { Arg, Ctx, FieldResolver, Int, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { decodeCursor, pageSize, type Page } from '../mappers/paging.js';
import { transferFilter } from '../mappers/transfer-filter.js';
import { toTransferPage } from '../mappers/transfer-history.mapper.js';
import type { AnyTransfer } from '../mappers/transfer.mapper.js';
import { TransferConnection } from '../types/transfer-connection.type.js';
import { User } from '../types/user.type.js';

/** The user's transfer history. */
@Resolver(() => User)
export class UserTransfersResolver {
  @FieldResolver(() => TransferConnection, {
    nullable: true,
    description:
      'GET /payments-service/user/ethereum/transfer/history, newest first. filter uses the search syntax of the API conventions, e.g. "kind:cashout AND status:pending".',
  })
  async transfers(
    @Ctx() { payments }: GatewayContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => String, { nullable: true }) filter: string | null,
  ): Promise<Page<AnyTransfer>> {
    // Arguments are checked before the upstream is asked.
    const keep = transferFilter(filter);
    if (after !== null && after !== undefined) decodeCursor(after);
    pageSize(first);
    return toTransferPage(await payments.ethereum.getTransferHistory(), keep, first, after);
  }
}
