import { Arg, Ctx, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toAddWalletAddressRequest, toAddressesToRemove, toDepositAddress, toWalletAddresses } from '../mappers/wallet-address.mapper.js';
import { EthereumAddressScalar } from '../types/scalars/ethereum-address.scalar.js';
import { User } from '../types/user.type.js';
import { WalletAddress } from '../types/wallet-address.type.js';

/** The user's own ethereum addresses and deposit address. */
@Resolver(() => User)
export class WalletAddressResolver {
  @FieldResolver(() => [WalletAddress], { nullable: true, description: 'GET /user/ethereum/addresses' })
  async walletAddresses(@Ctx() { payments }: GatewayContext): Promise<WalletAddress[]> {
    return toWalletAddresses(await payments.ethereum.getWalletAddresses());
  }

  @FieldResolver(() => EthereumAddressScalar, { nullable: true, description: 'GET /user/ethereum/deposit' })
  async depositAddress(@Ctx() { payments }: GatewayContext): Promise<string | null> {
    return toDepositAddress(await payments.ethereum.getDepositAddress());
  }

  @Mutation(() => [WalletAddress], { description: 'POST /user/ethereum/addresses; returns the whole list.' })
  async addWalletAddress(
    @Ctx() { payments }: GatewayContext,
    @Arg('address', () => EthereumAddressScalar) address: string,
    @Arg('description', () => String, { nullable: true }) description: string | null | undefined,
  ): Promise<WalletAddress[]> {
    return toWalletAddresses(await payments.ethereum.addWalletAddress(toAddWalletAddressRequest(address, description)));
  }

  @Mutation(() => [WalletAddress], { description: 'PUT /user/ethereum/addresses/remove; returns the whole list.' })
  async removeWalletAddresses(
    @Ctx() { payments }: GatewayContext,
    @Arg('addresses', () => [EthereumAddressScalar]) addresses: string[],
  ): Promise<WalletAddress[]> {
    return toWalletAddresses(await payments.ethereum.removeWalletAddresses(toAddressesToRemove(addresses)));
  }
}
