import { Field, ObjectType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** A closed range of coin amounts. */
@ObjectType({ simpleResolvers: true })
export class CoinRange {
  @Field(() => CoinsScalar) min!: string;
  @Field(() => CoinsScalar) max!: string;
}

/** The user's coins (GET /payments-service/user/ethereum/balance). */
@ObjectType({ simpleResolvers: true })
export class CoinBalance {
  @Field(() => CoinsScalar, { description: "account_coins: coins in the user's profile" }) accountCoins!: string;
  @Field(() => CoinsScalar, { description: "balance_coins: coins on all the user's addresses" }) addressCoins!: string;
  @Field(() => CoinsScalar) totalCoins!: string;
  @Field(() => CoinRange, { description: 'coins_fee: allowed range of the transfer fee' }) feeRange!: CoinRange;
}
