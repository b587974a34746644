import { Field, ObjectType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { WithdrawalAccount, WithdrawalAccountKind } from './withdrawal-account.interface.js';

/** A Poloniex deposit address of the user. */
@ObjectType({ simpleResolvers: true, implements: WithdrawalAccount })
export class PoloniexAccount extends WithdrawalAccount {
  declare kind: WithdrawalAccountKind.POLONIEX;
  @Field(() => EthereumAddressScalar) address!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true, description: 'pending, success or failure' }) status!: string | null;
  @Field(() => Boolean, { nullable: true }) isNew!: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true }) addedAt!: string | null;
}
