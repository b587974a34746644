import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';

/** How often an automatic top-up may run; values are the upstream's. */
export enum TopUpFrequency {
  DAILY = 'daily',
  WEEKLY = 'weekly',
  MONTHLY = 'monthly',
}

registerEnumType(TopUpFrequency, { name: 'TopUpFrequency' });

/** The participant's automatic top-up: bought when the deposit's coins fall to the threshold. */
@ObjectType({ simpleResolvers: true })
export class TopUpSettings {
  @Field(() => Int) amountCents!: number;
  @Field(() => Boolean) minimalAmount!: boolean;
  @Field(() => CoinsScalar) coinsThreshold!: string;
  @Field(() => String) currency!: string;
  @Field(() => TopUpFrequency) frequency!: TopUpFrequency;
  @Field(() => Boolean) active!: boolean;
}

/** The least a top-up may be, and the coins it buys. */
@ObjectType({ simpleResolvers: true })
export class TopUpMinimum {
  @Field(() => Int) amountCents!: number;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => String) currency!: string;
}
