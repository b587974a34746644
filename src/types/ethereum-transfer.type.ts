import { Field, Float, ObjectType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import type { TransferKind } from './transfer.enums.js';
import { Transfer } from './transfer.interface.js';

/** Coins sent to an ethereum address. */
@ObjectType({ simpleResolvers: true, implements: Transfer })
export class EthereumTransfer extends Transfer {
  declare kind: TransferKind.ETHEREUM;
  @Field(() => EthereumAddressScalar) address!: string;
  @Field(() => CoinsScalar, { nullable: true }) fee!: string | null;
  @Field(() => Float, { nullable: true }) convertedAudValue!: number | null;
}
