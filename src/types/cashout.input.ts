import { Field, ID, InputType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** Input of requestCashout. */
@InputType()
export class CashoutInput {
  @Field(() => ID, { description: "id of one of the user's cashout accounts" }) accountId!: string;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) payFeeWithCoins?: boolean | null;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}
