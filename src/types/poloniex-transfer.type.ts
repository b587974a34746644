import { Field, Float, ObjectType } from 'type-graphql';
import { FeeBreakdown } from './fee-breakdown.type.js';
import { PoloniexAccount } from './poloniex-account.type.js';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins sent to a Poloniex account. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class PoloniexTransfer extends Transfer {
  declare kind: TransferKind.POLONIEX;
  @Field(() => PoloniexAccount, { nullable: true }) account!: PoloniexAccount | null;
  @Field(() => Float, { nullable: true }) convertedAudValue!: number | null;
  @Field(() => FeeBreakdown, { nullable: true }) fee!: FeeBreakdown | null;
}
