import { Field, Float, ObjectType } from 'type-graphql';
import { CashoutAccount } from './cashout-account.type.js';
import { FeeBreakdown } from './fee-breakdown.type.js';
import { DecimalScalar } from './scalars/money.scalars.js';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins cashed out to a bank account. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class CashoutTransfer extends Transfer {
  declare kind: TransferKind.CASHOUT;
  @Field(() => CashoutAccount, { nullable: true }) account!: CashoutAccount | null;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field(() => DecimalScalar, { nullable: true }) convertedValue!: string | null;
  @Field(() => Float, { nullable: true }) convertedAudValue!: number | null;
  @Field(() => Float, { nullable: true }) convertedUsdValue!: number | null;
  @Field(() => FeeBreakdown, { nullable: true }) fee!: FeeBreakdown | null;
}
