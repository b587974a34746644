import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCashoutAccountIds, toCashoutAccountRequest } from '../mappers/cashout-account-input.mapper.js';
import { toCashoutAccounts } from '../mappers/cashout.mapper.js';
import { toUpstreamId } from '../mappers/upstream-id.mapper.js';
import { toCashoutAccount } from '../mappers/withdrawal-account.mapper.js';
import { CashoutAccountInput } from '../types/cashout-account.input.js';
import { CashoutAccount } from '../types/cashout-account.type.js';
import { User } from '../types/user.type.js';

/** The user's bank accounts for cash-outs. */
@Resolver(() => User)
export class CashoutAccountResolver {
  @FieldResolver(() => [CashoutAccount], { nullable: true, description: 'GET /cashout/account' })
  async cashoutAccounts(@Ctx() { payments }: GatewayContext): Promise<CashoutAccount[]> {
    return toCashoutAccounts(await payments.cashout.getCashoutAccounts());
  }

  @Mutation(() => CashoutAccount, { description: 'POST /cashout/account' })
  async addCashoutAccount(@Ctx() { payments }: GatewayContext, @Arg('input', () => CashoutAccountInput) input: CashoutAccountInput): Promise<CashoutAccount> {
    return toCashoutAccount(await payments.cashout.addCashoutAccount(toCashoutAccountRequest(input)));
  }

  @Mutation(() => [CashoutAccount], { description: 'PUT /cashout/account; returns the whole list.' })
  async updateCashoutAccount(
    @Ctx() { payments }: GatewayContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CashoutAccountInput) input: CashoutAccountInput,
  ): Promise<CashoutAccount[]> {
    const account = toCashoutAccountRequest(input);
    return toCashoutAccounts(await payments.cashout.updateCashoutAccount(toUpstreamId(id, 'id'), account));
  }

  @Mutation(() => [CashoutAccount], { description: 'POST /cashout/account/remove; returns the whole list.' })
  async removeCashoutAccounts(@Ctx() { payments }: GatewayContext, @Arg('ids', () => [ID]) ids: string[]): Promise<CashoutAccount[]> {
    return toCashoutAccounts(await payments.cashout.removeCashoutAccounts(toCashoutAccountIds(ids)));
  }
}
