import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

/** How coins may pay at the participant (coin_payments_rule). */
@ObjectType({ simpleResolvers: true })
export class CoinPaymentsRule {
  @Field(() => String) type!: string;
  @Field(() => Float) currencyValue!: number;
}

/** One rule to reach a level. */
@ObjectType({ simpleResolvers: true })
export class LevelRule {
  @Field(() => String) type!: string;
  @Field(() => Int, { nullable: true }) purchases!: number | null;
  @Field(() => Float, { nullable: true }) spends!: number | null;
  @Field(() => Float, { nullable: true }) valueAud!: number | null;
  @Field(() => Int, { nullable: true }) periodDays!: number | null;
}

/** A level of a loyalty program: its rebate and the rules to reach it (level_up joined with rebate). */
@ObjectType({ simpleResolvers: true })
export class LoyaltyLevel {
  @Field(() => String) id!: string;
  @Field(() => Float) rebatePercent!: number;
  @Field(() => [LevelRule]) rules!: LevelRule[];
}

/** A participant's loyalty program. */
@ObjectType({ simpleResolvers: true })
export class LoyaltyProgram {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) bgColor!: string | null;
  @Field(() => String, { nullable: true }) imageSmall!: string | null;
  @Field(() => String, { nullable: true }) imageBig!: string | null;
  @Field(() => CoinPaymentsRule, { nullable: true }) coinPaymentsRule!: CoinPaymentsRule | null;
  @Field(() => [LoyaltyLevel]) levels!: LoyaltyLevel[];
  @Field(() => String, { nullable: true }) userLevel!: string | null;
}
