import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LoyaltyProgram } from './loyalty-program.type.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The user's progress on one rule of the next level. */
@ObjectType({ simpleResolvers: true })
export class LevelRuleProgress {
  @Field(() => String) type!: string;
  @Field(() => Float) target!: number;
  @Field(() => Float) userValue!: number;
  @Field(() => Boolean) passed!: boolean;
}

/** A user's loyalty level at a participant. */
@ObjectType({ simpleResolvers: true })
export class RetailLevel {
  @Field(() => ID) id!: string;
  @Field(() => ID) userId!: string;
  @Field(() => ID) participantId!: string;
  @Field(() => String) level!: string;
  @Field(() => String, { nullable: true }) nextLevel!: string | null;
  @Field(() => Float) rebatePercent!: number;
  @Field(() => DateTimeScalar, { nullable: true }) activityFrom!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) activityTo!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) nextLevelAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) calculatedAt!: string | null;
  @Field(() => Int) purchasesCount!: number;
  @Field(() => Float) spends!: number;
  @Field(() => [LevelRuleProgress]) rules!: LevelRuleProgress[];
  @Field(() => LoyaltyProgram) loyaltyProgram!: LoyaltyProgram;

  /** counters.sessions: loaded (and described) by RetailLevelResolver.sessions, only when selected. */
  sessionIds!: string[];
}
