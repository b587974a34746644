import { Field, Float, ObjectType } from 'type-graphql';
import { FeeBreakdown } from './fee-breakdown.type.js';
import { CoinsScalar } from './scalars/money.scalars.js';

/** The karma rule's verdict on a withdrawal (upstream `karma_value*`). */
@ObjectType({ simpleResolvers: true })
export class KarmaCheck {
  @Field(() => Float) value!: number;
  @Field(() => Float) lockBefore!: number;
  @Field(() => Float) unlock!: number;
  @Field(() => Boolean) withdrawalEnabled!: boolean;
}

/** What a transfer of some coins would cost and yield: a convert_coins answer. */
@ObjectType({ simpleResolvers: true })
export class TransferQuote {
  @Field(() => String) currency!: string;
  @Field(() => FeeBreakdown) breakdown!: FeeBreakdown;
  @Field(() => CoinsScalar, { nullable: true, description: 'min_transfer_coins_value' }) minTransferCoins!: string | null;
  @Field(() => KarmaCheck, { nullable: true, description: 'present when the karma rule was asked for' }) karma!: KarmaCheck | null;
}
