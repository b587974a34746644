import { Field, ID, InputType } from 'type-graphql';
import { CoinsScalar, DecimalScalar } from './scalars/money.scalars.js';
import { WithdrawalAccountKind } from './withdrawal-account.interface.js';

/** Input of withdrawalQuote. */
@InputType()
export class WithdrawalQuoteInput {
  @Field(() => CoinsScalar, { nullable: true, description: 'one of coins or value is required' }) coins?: string | null;
  @Field(() => DecimalScalar, { nullable: true }) value?: string | null;
  @Field(() => WithdrawalAccountKind, { nullable: true }) accountKind?: WithdrawalAccountKind | null;
  @Field(() => ID, { nullable: true }) accountId?: string | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false }) negativeValues?: boolean | null;
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'rule_karma_value_include' }) includeKarma?: boolean | null;
}
