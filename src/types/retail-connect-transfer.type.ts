import { Field, ObjectType } from 'type-graphql';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins spent at a retail-connect terminal. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class RetailConnectTransfer extends Transfer {
  declare kind: TransferKind.RETAIL_CONNECT;
  @Field(() => String, { nullable: true }) currency!: string | null;
}
