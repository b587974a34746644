import { Field, Float, InputType, Int } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** The reward users get: exactly one of percents, value or coins. */
@InputType()
export class UserRewardsInput {
  @Field(() => Float, { nullable: true }) percents?: number | null;
  @Field(() => Float, { nullable: true }) value?: number | null;
  @Field(() => CoinsScalar, { nullable: true }) coins?: string | null;
}

/** What one item pays; the id is one of the items of the default card (the upstream's Settings). */
@InputType()
export class RateCardItemInput {
  @Field(() => String) id!: string;
  @Field(() => Float) value!: number;
}

/** Budget limits; each non-negative. */
@InputType()
export class BudgetInput {
  @Field(() => Float, { nullable: true }) day?: number | null;
  @Field(() => Float, { nullable: true }) week?: number | null;
  @Field(() => Float, { nullable: true }) month?: number | null;
}

/** Input of setRateCard. */
@InputType()
export class RateCardInput {
  @Field(() => Boolean) billable!: boolean;
  @Field(() => UserRewardsInput) userRewards!: UserRewardsInput;
  @Field(() => Int, { nullable: true, description: 'gst, a non-negative integer' }) gstPercent?: number | null;
  @Field(() => [RateCardItemInput]) items!: RateCardItemInput[];
  @Field(() => BudgetInput, { nullable: true }) budget?: BudgetInput | null;
}
