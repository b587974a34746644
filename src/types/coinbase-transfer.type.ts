import { Field, Float, ObjectType } from 'type-graphql';
import { CoinbaseAccount } from './coinbase-account.type.js';
import { FeeBreakdown } from './fee-breakdown.type.js';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins sent to a Coinbase account. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class CoinbaseTransfer extends Transfer {
  declare kind: TransferKind.COINBASE;
  @Field(() => CoinbaseAccount, { nullable: true }) account!: CoinbaseAccount | null;
  @Field(() => Float, { nullable: true }) convertedAudValue!: number | null;
  @Field(() => FeeBreakdown, { nullable: true }) fee!: FeeBreakdown | null;
}
