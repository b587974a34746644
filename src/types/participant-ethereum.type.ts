import { Field, ObjectType } from 'type-graphql';
import { EthereumAddressScalar } from './scalars/ethereum-address.scalar.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The participant's Ethereum account. */
@ObjectType({ simpleResolvers: true })
export class EthereumAccount {
  @Field(() => EthereumAddressScalar, { nullable: true }) address!: string | null;
}

/** The fee configured on a participant's deposit. */
@ObjectType({ simpleResolvers: true })
export class DepositFee {
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) status!: string | null;
  @Field(() => String, { nullable: true }) type!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) value!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) at!: string | null;
}

/** The participant's deposit settings. */
@ObjectType({ simpleResolvers: true })
export class DepositSettings {
  @Field(() => EthereumAddressScalar, { nullable: true }) address!: string | null;
  @Field(() => Boolean) unlimitedCoins!: boolean;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => DepositFee, { nullable: true }) fee!: DepositFee | null;
}
