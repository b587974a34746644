import { Field, ObjectType } from 'type-graphql';
import { WithdrawalAccount } from './withdrawal-account.interface.js';

/** GET /payments-service/withdrawal/account: the user's accounts of every kind. */
@ObjectType({ simpleResolvers: true })
export class WithdrawalAccounts {
  @Field(() => [WithdrawalAccount]) accounts!: WithdrawalAccount[];
  @Field(() => [String]) allowedTransferTypes!: string[];
}
