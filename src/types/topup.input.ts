import { Field, InputType, Int } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';
import { TopUpFrequency } from './topup.type.js';

/** Input of setTopUp. */
@InputType()
export class TopUpInput {
  @Field(() => Int, { nullable: true, description: 'ignored when minimalAmount is true; otherwise at least the minimum' })
  amountCents?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false }) minimalAmount?: boolean | null;
  @Field(() => CoinsScalar) coinsThreshold!: string;
  @Field(() => TopUpFrequency, { nullable: true, defaultValue: TopUpFrequency.DAILY }) frequency?: TopUpFrequency | null;
  @Field(() => Boolean, { nullable: true, defaultValue: true }) active?: boolean | null;
}
