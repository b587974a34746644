import { Field, Int, ObjectType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** One month of the earnings statement. */
@ObjectType({ simpleResolvers: true })
export class EarningsPeriod {
  @Field(() => String, { description: 'YYYY-MM' }) period!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) month!: number;
  @Field(() => CoinsScalar) earnedCoins!: string;
  @Field(() => CoinsScalar) transferredCoins!: string;
  @Field(() => CoinsScalar) balance!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'null where the upstream sends its 0000-01-01 placeholder' })
  balanceAt!: string | null;
  @Field(() => String) balanceType!: string;
}
