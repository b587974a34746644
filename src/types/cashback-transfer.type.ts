import { Field, ObjectType } from 'type-graphql';
import { CashoutAccount } from './cashout-account.type.js';
import { DecimalScalar } from './scalars/money.scalars.js';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** A cashback paid to a bank account (upstream `user_cashback`): a fiat value, usually no coins. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class CashbackTransfer extends Transfer {
  declare kind: TransferKind.USER_CASHBACK;
  @Field(() => CashoutAccount, { nullable: true }) account!: CashoutAccount | null;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) value!: string | null;
}
