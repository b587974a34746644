import { Field, Float, ID, ObjectType } from 'type-graphql';
import { FeeBreakdown } from './fee-breakdown.type.js';
import { ModeratedUser } from './moderated-transfer.type.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { Transfer } from './transfer.interface.js';

/** The price of a coin in one currency. */
@ObjectType({ simpleResolvers: true })
export class CurrencyPrice {
  @Field(() => String) currency!: string;
  @Field(() => Float, { description: 'price of one coin base unit' }) perUnit!: number;
}

/** The moderation request under review. */
@ObjectType({ simpleResolvers: true })
export class TransferRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) transferId!: string | null;
  @Field(() => String, { nullable: true }) action!: string | null;
  @Field(() => String) status!: string;
  @Field(() => DateTimeScalar, { nullable: true }) statusAt!: string | null;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => CoinsScalar, { nullable: true }) profileCoins!: string | null;
  @Field(() => ID, { nullable: true }) owner!: string | null;
  @Field(() => ID, { nullable: true }) moderatorId!: string | null;
  @Field(() => FeeBreakdown, { nullable: true }) fee!: FeeBreakdown | null;
  @Field(() => [CurrencyPrice]) coinPrices!: CurrencyPrice[];
}

/** The user's withdrawal limits for the period of the request. */
@ObjectType({ simpleResolvers: true })
export class ReviewLimits {
  @Field(() => String) currency!: string;
  @Field(() => String) level!: string;
  @Field(() => Float, { nullable: true }) boostedValue!: number | null;
  @Field(() => Float, { nullable: true }) historyValue!: number | null;
  @Field(() => Float, { nullable: true }) maxLevelValue!: number | null;
  @Field(() => Float, { nullable: true }) recordValue!: number | null;
  @Field(() => Float, { nullable: true }) totalMaxLevelValue!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) from!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) to!: string | null;
}

/** Everything a moderator needs to decide on a transfer (POST /payments-service/transfer/limits). */
@ObjectType({ simpleResolvers: true })
export class TransferReview {
  @Field(() => TransferRequest) request!: TransferRequest;
  @Field(() => ModeratedUser) user!: ModeratedUser;
  @Field(() => ReviewLimits) limits!: ReviewLimits;
  @Field(() => [Transfer], { description: "the user's recent transfers" }) history!: Transfer[];
}
