import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { WithdrawalAccount, WithdrawalAccountKind } from './withdrawal-account.interface.js';

/** A connected Coinbase account. */
@ObjectType({ simpleResolvers: true, implements: WithdrawalAccount })
export class CoinbaseAccount extends WithdrawalAccount {
  declare kind: WithdrawalAccountKind.COINBASE;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) avatarUrl!: string | null;
  @Field(() => String, { nullable: true }) resourcePath!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) connectedAt!: string | null;
  @Field(() => Boolean) inactive!: boolean;
}
