import { Field, Float, ObjectType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The limit of the current period (upstream `current_limit`). */
@ObjectType({ simpleResolvers: true })
export class CurrentWithdrawalLimit {
  @Field(() => String) level!: string;
  @Field(() => Float, { nullable: true }) levelMaxValue!: number | null;
  @Field(() => Float, { nullable: true }) levelMaxValueEarnings!: number | null;
  @Field(() => Float, { nullable: true }) booster!: number | null;
  @Field(() => CoinsScalar, { nullable: true }) coinsLimitBasedOnEarnings!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) coinsTransferred!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) coinsTransferredWithoutBoosters!: string | null;
  @Field(() => Float, { nullable: true }) coinPrice!: number | null;
  @Field(() => Float, { nullable: true }) rest!: number | null;
  @Field(() => CoinsScalar, { nullable: true }) restCoins!: string | null;
  @Field(() => String, { nullable: true, description: 'rest_based_earnings or rest_based_limits' }) restType!: string | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) from!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) to!: string | null;
}

/** One level's limits (upstream `levels_limits`). */
@ObjectType({ simpleResolvers: true })
export class LevelLimit {
  @Field(() => String) level!: string;
  @Field(() => Float) maxBooster!: number;
  @Field(() => Float) maxValue!: number;
  @Field(() => Float) maxValueWithBooster!: number;
}

/** How much the user may still withdraw, by level. */
@ObjectType({ simpleResolvers: true })
export class WithdrawalLimits {
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) currencySymbol!: string | null;
  @Field(() => CurrentWithdrawalLimit) current!: CurrentWithdrawalLimit;
  @Field(() => [LevelLimit]) levels!: LevelLimit[];
  @Field(() => DateTimeScalar, { nullable: true }) startAt!: string | null;
}
