import { Field, ObjectType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** One of the user's own ethereum addresses (upstream `ts` is when it was added). */
@ObjectType({ simpleResolvers: true })
export class WalletAddress {
  @Field(() => EthereumAddressScalar) address!: string;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) addedAt!: string | null;
}
