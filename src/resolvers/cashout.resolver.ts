import { Arg, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCashoutIntent, toCashoutRequest } from '../mappers/cashout-request.mapper.js';
import { toCashoutCountries, toCashoutQuoteQuery } from '../mappers/cashout.mapper.js';
import { toTransferQuote } from '../mappers/transfer-quote.mapper.js';
import { toCashoutTransfer } from '../mappers/transfer.mapper.js';
import { CashoutCountry } from '../types/cashout-country.type.js';
import { CashoutInput } from '../types/cashout.input.js';
import { CashoutTransfer } from '../types/cashout-transfer.type.js';
import { CoinsScalar } from '../types/scalars/money.scalars.js';
import { TransferQuote } from '../types/transfer-quote.type.js';

/** Cash-outs to a bank account: where to, at what cost, and the request itself. */
@Resolver()
export class CashoutResolver {
  @Query(() => [CashoutCountry], { nullable: true, description: 'GET /cashout/countries' })
  async cashoutCountries(@Ctx() { payments }: GatewayContext): Promise<CashoutCountry[]> {
    return toCashoutCountries(await payments.cashout.getCashoutCountries());
  }

  @Query(() => TransferQuote, { nullable: true, description: 'GET /cashout/convert_coins' })
  async cashoutQuote(
    @Ctx() { payments }: GatewayContext,
    @Arg('coins', () => CoinsScalar) coins: string,
    @Arg('country', () => String) country: string,
    @Arg('negativeValues', () => Boolean, { nullable: true, defaultValue: false }) negativeValues: boolean | null,
  ): Promise<TransferQuote> {
    return toTransferQuote(await payments.cashout.convertCashoutCoins(toCashoutQuoteQuery(coins, country, negativeValues)));
  }

  /**
   * Note: the idempotencyKey is bound to what the client asked (account id, coins, fee
   * choice), not to the account's stored details, so a retry after the account's
   * description changed still gets the first result rather than a CONFLICT.
   */
  @Extensions({ moneyMoving: true })
  @Mutation(() => CashoutTransfer, { description: 'POST /cashout/transfer (always sent as version v2)' })
  async requestCashout(@Ctx() { payments, idempotency }: GatewayContext, @Arg('input', () => CashoutInput) input: CashoutInput): Promise<CashoutTransfer> {
    const intent = toCashoutIntent(input);
    const body = toCashoutRequest(intent, await payments.cashout.getCashoutAccounts());
    const answer = await idempotency.run({ operation: 'requestCashout', key: input.idempotencyKey, input: intent }, () => payments.cashout.requestCashout(body));
    return toCashoutTransfer(answer);
  }
}
