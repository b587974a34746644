import { ObjectType } from 'type-graphql';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins deposited to the user's profile: the fields every transfer has. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class DepositTransfer extends Transfer {
  declare kind: TransferKind.DEPOSIT;
}
