import { Field, Float, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The price of one whole coin in a currency (GET /rewards/convert/coins for 10^18 units). */
@ObjectType({ simpleResolvers: true })
export class CoinPrice {
  @Field(() => String) currency!: string;
  @Field(() => Float, { description: 'fiat value of one whole coin (10^18 units)' }) perCoin!: number;
  @Field(() => DateTimeScalar, { description: 'when the gateway last read it from the upstream' }) fetchedAt!: string;
}

/** An exact fiat amount in a currency. */
@ObjectType({ simpleResolvers: true })
export class FiatValue {
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar) value!: string;
}
