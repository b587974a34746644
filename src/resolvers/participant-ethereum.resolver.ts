import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toAddressChange, toDepositSettings, toEthereumAccount } from '../mappers/participant-ethereum.mapper.js';
import { DepositSettings, EthereumAccount } from '../types/participant-ethereum.type.js';
import { Participant } from '../types/participant.type.js';
import { EthereumAddressScalar } from '../types/scalars/ethereum-address.scalar.js';

/** The participant's Ethereum account and deposit. */
@Resolver(() => Participant)
export class ParticipantEthereumResolver {
  @FieldResolver(() => EthereumAccount, { nullable: true, description: 'GET /payments-service/participants/current/ethereum' })
  async ethereumAccount(@Ctx() { payments }: GatewayContext): Promise<EthereumAccount> {
    return toEthereumAccount(await payments.participant.getEthereumAccount());
  }

  @FieldResolver(() => DepositSettings, { nullable: true, description: 'GET /payments-service/participants/deposit/ethereum' })
  async depositSettings(@Ctx() { payments }: GatewayContext): Promise<DepositSettings> {
    return toDepositSettings(await payments.participant.getDepositSettings());
  }

  /** The upstream refuses while reward campaigns are active: CONFLICT, with its message. */
  @Mutation(() => EthereumAccount, { description: 'PUT /payments-service/participants/current/ethereum (null clears it).' })
  async setParticipantEthereumAddress(
    @Ctx() { payments }: GatewayContext,
    @Arg('address', () => EthereumAddressScalar, { nullable: true }) address: string | null | undefined,
  ): Promise<EthereumAccount> {
    return toEthereumAccount(await payments.participant.updateEthereumAccount(toAddressChange(address)));
  }
}
