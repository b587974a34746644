import { Arg, Ctx, Extensions, FieldResolver, ID, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toAccountIds, toDescription } from '../mappers/account-input.mapper.js';
import { toExchangeTransferRequest } from '../mappers/exchange-transfer.mapper.js';
import { toPoloniexTransfer } from '../mappers/transfer.mapper.js';
import { toUpstreamId } from '../mappers/upstream-id.mapper.js';
import { toPoloniexAccount } from '../mappers/withdrawal-account.mapper.js';
import { ExchangeTransferInput } from '../types/exchange-transfer.input.js';
import { PoloniexAccount } from '../types/poloniex-account.type.js';
import { PoloniexTransfer } from '../types/poloniex-transfer.type.js';
import { EthereumAddressScalar } from '../types/scalars/ethereum-address.scalar.js';
import { User } from '../types/user.type.js';

/** The user's Poloniex accounts and transfers; every account write answers the whole list. */
@Resolver(() => User)
export class PoloniexResolver {
  @FieldResolver(() => [PoloniexAccount], { nullable: true, description: 'GET /payments-service/poloniex/account' })
  async poloniexAccounts(@Ctx() { payments }: GatewayContext): Promise<PoloniexAccount[]> {
    return (await payments.poloniex.getPoloniexAccounts()).accounts.map(toPoloniexAccount);
  }

  @Mutation(() => [PoloniexAccount], { description: 'POST /payments-service/poloniex/account; returns the whole list.' })
  async addPoloniexAccount(
    @Ctx() { payments }: GatewayContext,
    @Arg('address', () => EthereumAddressScalar) address: string,
    @Arg('description', () => String, { nullable: true }) description: string | null,
  ): Promise<PoloniexAccount[]> {
    const text = toDescription(description, 'description');
    return (await payments.poloniex.addPoloniexAccount({ address, ...(text !== null && { description: text }) })).accounts.map(toPoloniexAccount);
  }

  /** Note: the description is all an update can change, so a null one clears it (sent as ""). */
  @Mutation(() => [PoloniexAccount], { description: 'PUT /payments-service/poloniex/account; returns the whole list.' })
  async updatePoloniexAccount(
    @Ctx() { payments }: GatewayContext,
    @Arg('id', () => ID) id: string,
    @Arg('description', () => String, { nullable: true }) description: string | null,
  ): Promise<PoloniexAccount[]> {
    const body = { id: toUpstreamId(id, 'id'), description: toDescription(description, 'description') ?? '' };
    return (await payments.poloniex.updatePoloniexAccount(body)).accounts.map(toPoloniexAccount);
  }

  @Mutation(() => [PoloniexAccount], { description: 'POST /payments-service/poloniex/account/remove; returns the whole list.' })
  async removePoloniexAccounts(@Ctx() { payments }: GatewayContext, @Arg('ids', () => [ID]) ids: string[]): Promise<PoloniexAccount[]> {
    return (await payments.poloniex.removePoloniexAccounts(toAccountIds(ids, 'ids'))).accounts.map(toPoloniexAccount);
  }

  @Extensions({ moneyMoving: true })
  @Mutation(() => PoloniexTransfer, { description: 'POST /payments-service/poloniex/transfer' })
  async transferToPoloniex(
    @Ctx() { payments, idempotency }: GatewayContext,
    @Arg('input', () => ExchangeTransferInput) input: ExchangeTransferInput,
  ): Promise<PoloniexTransfer> {
    const body = toExchangeTransferRequest(input);
    const answer = await idempotency.run({ operation: 'transferToPoloniex', key: input.idempotencyKey, input: body }, () =>
      payments.poloniex.transferToPoloniex(body),
    );
    return toPoloniexTransfer(answer);
  }
}
