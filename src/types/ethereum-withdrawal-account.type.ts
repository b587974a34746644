import { Field, ObjectType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { WithdrawalAccount, WithdrawalAccountKind } from './withdrawal-account.interface.js';

/** One of the user's ethereum addresses as a withdrawal account. */
@ObjectType({ simpleResolvers: true, implements: WithdrawalAccount })
export class EthereumWithdrawalAccount extends WithdrawalAccount {
  declare kind: WithdrawalAccountKind.ETHEREUM;
  @Field(() => EthereumAddressScalar) address!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) addedAt!: string | null;
}
