import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../context.js';
import { toCoinBalance } from '../mappers/coin-balance.mapper.js';
import { CoinBalance } from '../types/coin-balance.type.js';
import { User } from '../types/user.type.js';

/** The app user namespace and its balance. */
@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'The app user of the session.' })
  me(): User {
    return new User();
  }

  @FieldResolver(() => CoinBalance, { nullable: true, description: 'GET /payments-service/user/ethereum/balance' })
  async balance(@Ctx() { payments }: GatewayContext): Promise<CoinBalance> {
    return toCoinBalance(await payments.ethereum.getBalance());
  }
}
