import { Arg, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCoinBalance } from '../mappers/coin-balance.mapper.js';
import { checkTransferFee, toEthereumTransferRequest } from '../mappers/ethereum-transfer.mapper.js';
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
    const answer = await idempotency.run({ operation: 'transferToEthereum', key: input.idempotencyKey, input: body }, async () => {
      checkTransferFee(body.fee, toCoinBalance(await payments.ethereum.getBalance()).feeRange);
      return payments.ethereum.transferCoins(body);
    });
    return toEthereumTransfer(answer);
  }
}
