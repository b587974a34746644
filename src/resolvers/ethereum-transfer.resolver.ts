import { Arg, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCoinBalance, toFeeRange } from '../mappers/coin-balance.mapper.js';
import { checkTransferFee, isFeeInRange, toEthereumTransferRequest } from '../mappers/ethereum-transfer.mapper.js';
import { toEthereumTransfer } from '../mappers/transfer.mapper.js';
import { EthereumTransferInput } from '../types/ethereum-transfer.input.js';
import { EthereumTransfer } from '../types/ethereum-transfer.type.js';

/** Sending coins to an ethereum address. */
@Resolver(() => EthereumTransfer)
export class EthereumTransferResolver {
  @Extensions({ moneyMoving: true })
  @Mutation(() => EthereumTransfer, { description: 'POST /payments-service/user/ethereum/transfer' })
  async transferToEthereum(
    @Ctx() { payments, idempotency }: GatewayContext,
    @Arg('input', () => EthereumTransferInput) input: EthereumTransferInput,
  ): Promise<EthereumTransfer> {
    const body = toEthereumTransferRequest(input);
    // Note: the fee range is read after the claim, inside `send`, on purpose. Read beside the
    // claim it would save one Redis round trip (a fraction of a millisecond) and no CPU, and
    // it would read the balance for every replay, conflict, wait and Redis outage; read
    // beside the transfer, an out-of-range fee would already have been sent.
    // The range this caller's balance showed in the last FEE_RANGE_CACHE_TTL_SECONDS lets a fee
    // through without another read; a fee outside it is judged by a fresh one, so a range
    // that has moved since never refuses a fee it now allows.
    const answer = await idempotency.run({ operation: 'transferToEthereum', key: input.idempotencyKey, input: body }, async () => {
      const recent = payments.ethereum.recentFeeRange();
      if (!recent || !isFeeInRange(body.fee, toFeeRange(recent))) {
        checkTransferFee(body.fee, toCoinBalance(await payments.ethereum.getBalance()).feeRange);
      }
      return payments.ethereum.transferCoins(body);
    });
    return toEthereumTransfer(answer);
  }
}
