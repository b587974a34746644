import { Field, Float, ID, ObjectType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** Budget limits of a rate card. */
@ObjectType({ simpleResolvers: true })
export class Budget {
  @Field(() => Float, { nullable: true }) day!: number | null;
  @Field(() => Float, { nullable: true }) week!: number | null;
  @Field(() => Float, { nullable: true }) month!: number | null;
}

/** What one kind of engagement pays, and the events that count as it. */
@ObjectType({ simpleResolvers: true })
export class RateCardItem {
  @Field(() => String) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Float) value!: number;
  @Field(() => [String]) events!: string[];
}

/** The reward users get: percents, a value or coins. */
@ObjectType({ simpleResolvers: true })
export class UserRewards {
  @Field(() => Float, { nullable: true }) percents!: number | null;
  @Field(() => Float, { nullable: true }) value!: number | null;
  @Field(() => CoinsScalar, { nullable: true }) coins!: string | null;
}

/** The coins one item's value stands for. */
@ObjectType({ simpleResolvers: true })
export class RateCardAdjustment {
  @Field(() => String) itemId!: string;
  @Field(() => CoinsScalar) coins!: string;
}

/** A rate card: the default one, or a participant's own, which replaces the default for it. */
@ObjectType({ simpleResolvers: true })
export class RateCard {
  @Field(() => ID, { description: 'urn:authenticateit:rate_card for the default card, <participant id>@rate_card for a custom one' })
  id!: string;

  @Field(() => Boolean) billable!: boolean;
  @Field(() => Float, { nullable: true, description: 'gst' }) gstPercent!: number | null;
  @Field(() => Budget, { nullable: true }) budget!: Budget | null;
  @Field(() => [RateCardItem]) items!: RateCardItem[];
  @Field(() => UserRewards, { nullable: true, description: 'user_rewards' }) userRewards!: UserRewards | null;
  @Field(() => [RateCardAdjustment], { description: 'adjustment: coins per item' }) adjustments!: RateCardAdjustment[];
}
