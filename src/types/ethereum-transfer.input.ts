import { Field, InputType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { CoinsScalar } from './scalars/money.scalars.js';

/** Input of transferToEthereum. */
@InputType()
export class EthereumTransferInput {
  @Field(() => EthereumAddressScalar) address!: string;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => CoinsScalar, { description: 'within balance.feeRange' }) fee!: string;

  @Field(() => String, {
    nullable: true,
    description: 'a retried mutation with the same key returns the first result and moves no coins twice',
  })
  idempotencyKey?: string | null;
}
