import { Field, Float, ObjectType } from 'type-graphql';
import { CoinsScalar, DecimalScalar } from './scalars/money.scalars.js';

/** What a transfer or quote costs: the upstream fee object (fee, fee_summary or a convert_coins answer). */
@ObjectType({ simpleResolvers: true, description: 'What a transfer or quote costs: the upstream fee object (fee, fee_summary or a convert_coins answer).' })
export class FeeBreakdown {
  @Field(() => CoinsScalar, { nullable: true }) coins!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) coinsWithFee!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) coinsWithoutFee!: string | null;
  @Field(() => CoinsScalar) feeCoins!: string;
  @Field(() => DecimalScalar) feeValue!: string;
  @Field(() => CoinsScalar, { nullable: true }) gasCoins!: string | null;
  @Field(() => CoinsScalar) gasFeeCoins!: string;
  @Field(() => Float, { description: 'gas_fee_precent' }) gasFeePercent!: number;
  @Field(() => DecimalScalar) gasFeeValue!: string;
  @Field(() => Boolean, { nullable: true }) payFeeWithCoins!: boolean | null;
  @Field(() => DecimalScalar) transactionFee!: string;
  @Field(() => CoinsScalar) transactionFeeCoins!: string;
  @Field(() => DecimalScalar) transactionFeeValue!: string;
  @Field(() => DecimalScalar) value!: string;
  @Field(() => DecimalScalar) valueWithFee!: string;
  @Field(() => DecimalScalar) valueWithoutFee!: string;
}
