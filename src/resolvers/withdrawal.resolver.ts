import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toEarningsPeriods } from '../mappers/earnings.mapper.js';
import { pageSize, type Page } from '../mappers/paging.js';
import type { AnyTransfer } from '../mappers/transfer.mapper.js';
import { toTransferQuote } from '../mappers/transfer-quote.mapper.js';
import { toWithdrawalAccounts } from '../mappers/withdrawal-accounts.mapper.js';
import { decodeChunkCursor, FIRST_CHUNK } from '../mappers/withdrawal-cursor.js';
import { toWithdrawalHistoryPage } from '../mappers/withdrawal-history.mapper.js';
import { toWithdrawalLimits } from '../mappers/withdrawal-limits.mapper.js';
import { toWithdrawalQuoteRequest } from '../mappers/withdrawal-quote.mapper.js';
import { EarningsPeriod } from '../types/earnings-period.type.js';
import { TransferConnection } from '../types/transfer-connection.type.js';
import { TransferQuote } from '../types/transfer-quote.type.js';
import { User } from '../types/user.type.js';
import { WithdrawalAccounts } from '../types/withdrawal-accounts.type.js';
import { WithdrawalLimits } from '../types/withdrawal-limits.type.js';
import { WithdrawalQuoteInput } from '../types/withdrawal-quote.input.js';

/** Withdrawals: the accounts coins can go to, the history, the limits, the earnings and quotes. */
@Resolver(() => User)
export class WithdrawalResolver {
  @FieldResolver(() => WithdrawalAccounts, { nullable: true, description: 'GET /payments-service/withdrawal/account' })
  async withdrawalAccounts(@Ctx() { payments }: GatewayContext): Promise<WithdrawalAccounts> {
    return toWithdrawalAccounts(await payments.withdrawal.getWithdrawalAccounts());
  }

  @FieldResolver(() => TransferConnection, {
    nullable: true,
    description: "POST /payments-service/withdrawal/history/get; pages follow the upstream's chunks.",
  })
  async withdrawalHistory(
    @Ctx() { payments }: GatewayContext,
    @Arg('first', () => Int, { nullable: true, defaultValue: 10 }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<Page<AnyTransfer>> {
    const size = pageSize(first);
    const at = after === null || after === undefined ? FIRST_CHUNK : decodeChunkCursor(after);
    return toWithdrawalHistoryPage(await payments.withdrawal.getWithdrawalHistory(at.chunkId), at, size);
  }

  @FieldResolver(() => WithdrawalLimits, { nullable: true, description: 'GET /payments-service/withdrawal/limits' })
  async withdrawalLimits(@Ctx() { payments }: GatewayContext): Promise<WithdrawalLimits> {
    return toWithdrawalLimits(await payments.withdrawal.getWithdrawalLimits());
  }

  @FieldResolver(() => [EarningsPeriod], { nullable: true, description: 'GET /payments-service/withdrawal/earnings/statement' })
  async earningsStatement(@Ctx() { payments }: GatewayContext): Promise<EarningsPeriod[]> {
    return toEarningsPeriods(await payments.withdrawal.getEarningsStatement());
  }

  @Query(() => TransferQuote, { nullable: true, description: 'POST /payments-service/withdrawal/convert_coins (a calculation: no state changes)' })
  async withdrawalQuote(@Ctx() { payments }: GatewayContext, @Arg('input', () => WithdrawalQuoteInput) input: WithdrawalQuoteInput): Promise<TransferQuote> {
    return toTransferQuote(await payments.withdrawal.convertWithdrawalCoins(toWithdrawalQuoteRequest(input)));
  }
}
