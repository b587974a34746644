import { Arg, Ctx, Extensions, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toAccountIds } from '../mappers/account-input.mapper.js';
import { positiveCoins } from '../mappers/coins.js';
import { toExchangeTransferRequest } from '../mappers/exchange-transfer.mapper.js';
import { toTransferQuote } from '../mappers/transfer-quote.mapper.js';
import { toCoinbaseTransfer } from '../mappers/transfer.mapper.js';
import { toCoinbaseAccount } from '../mappers/withdrawal-account.mapper.js';
import { CoinbaseAccount } from '../types/coinbase-account.type.js';
import { CoinbaseTransfer } from '../types/coinbase-transfer.type.js';
import { ExchangeTransferInput } from '../types/exchange-transfer.input.js';
import { CoinsScalar } from '../types/scalars/money.scalars.js';
import { TransferQuote } from '../types/transfer-quote.type.js';
import { User } from '../types/user.type.js';

/** The user's Coinbase accounts, quotes and transfers. */
@Resolver(() => User)
export class CoinbaseResolver {
  @FieldResolver(() => [CoinbaseAccount], { nullable: true, description: 'GET /payments-service/coinbase/account' })
  async coinbaseAccounts(@Ctx() { payments }: GatewayContext): Promise<CoinbaseAccount[]> {
    return (await payments.coinbase.getCoinbaseAccounts()).accounts.map(toCoinbaseAccount);
  }

  /** Note: the answer keeps the disconnected accounts, `inactive: true`, as the seed's example does; later reads leave them out. */
  @Mutation(() => [CoinbaseAccount], { description: 'POST /payments-service/coinbase/account/remove; returns the whole list.' })
  async disconnectCoinbaseAccounts(@Ctx() { payments }: GatewayContext, @Arg('ids', () => [ID]) ids: string[]): Promise<CoinbaseAccount[]> {
    return (await payments.coinbase.removeCoinbaseAccounts(toAccountIds(ids, 'ids'))).accounts.map(toCoinbaseAccount);
  }

  @Query(() => TransferQuote, { nullable: true, description: 'GET /payments-service/coinbase/convert_coins' })
  async coinbaseQuote(
    @Ctx() { payments }: GatewayContext,
    @Arg('coins', () => CoinsScalar) coins: string,
    @Arg('negativeValues', () => Boolean, { nullable: true, defaultValue: false }) negativeValues: boolean | null,
  ): Promise<TransferQuote> {
    return toTransferQuote(await payments.coinbase.convertCoinbaseCoins(positiveCoins(coins, 'coins'), negativeValues === true));
  }

  @Extensions({ moneyMoving: true })
  @Mutation(() => CoinbaseTransfer, { description: 'POST /payments-service/coinbase/transfer' })
  async transferToCoinbase(
    @Ctx() { payments, idempotency }: GatewayContext,
    @Arg('input', () => ExchangeTransferInput) input: ExchangeTransferInput,
  ): Promise<CoinbaseTransfer> {
    const body = toExchangeTransferRequest(input);
    const answer = await idempotency.run({ operation: 'transferToCoinbase', key: input.idempotencyKey, input: body }, () =>
      payments.coinbase.transferToCoinbase(body),
    );
    return toCoinbaseTransfer(answer);
  }
}
