import { Field, ObjectType } from 'type-graphql';
import { WithdrawalAccount, WithdrawalAccountKind } from './withdrawal-account.interface.js';

/** A bank account for cash-outs. */
@ObjectType({ simpleResolvers: true, description: 'A bank account for cash-outs.', implements: WithdrawalAccount })
export class CashoutAccount extends WithdrawalAccount {
  declare kind: WithdrawalAccountKind.CASHOUT;
  @Field(() => String) country!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) bank!: string | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) bsb!: string | null;
  @Field(() => String, { description: 'the upstream `account` field' }) accountNumber!: string;
  @Field(() => String, { nullable: true }) postcode!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
}
