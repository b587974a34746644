import { Field, ID, InputType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** Input of transferToCoinbase and transferToPoloniex. */
@InputType()
export class ExchangeTransferInput {
  @Field(() => ID, { description: 'Coinbase or Poloniex account id' }) accountId!: string;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) payFeeWithCoins?: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: 'a retried mutation with the same key returns the first result and moves no coins twice',
  })
  idempotencyKey?: string | null;
}
