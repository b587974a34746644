import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ModerationStatus, TransferProvider } from './moderation.enums.js';
import { JSONScalar } from './scalars/json.scalar.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { TransferStatus } from './transfer.enums.js';

/** The user behind a moderated transfer. */
@ObjectType({ simpleResolvers: true })
export class ModeratedUser {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field(() => String, { nullable: true }) lastName!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
  @Field(() => String, { nullable: true }) level!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) photo!: string | null;
}

/** A Coinbase or Poloniex transfer as the moderators see it; its `review` is a field resolver of its own. */
@ObjectType({ simpleResolvers: true })
export class ModeratedTransfer {
  @Field(() => ID, { description: 'the moderation id (ends in :manual)' }) id!: string;
  @Field(() => ID) requestId!: string;
  @Field(() => TransferProvider) provider!: TransferProvider;
  @Field(() => ModerationStatus) status!: ModerationStatus;
  @Field(() => TransferStatus, { nullable: true }) requestStatus!: TransferStatus | null;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => ModeratedUser) user!: ModeratedUser;
  @Field(() => String, { nullable: true }) accountEmail!: string | null;
  @Field(() => String, { nullable: true }) accountNumber!: string | null;
  @Field(() => String, { nullable: true }) accountAddress!: string | null;
  @Field(() => Float, { nullable: true }) audAmount!: number | null;
  @Field(() => Float, { nullable: true }) audFeeAmount!: number | null;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => CoinsScalar) coinsFee!: string;
  @Field(() => JSONScalar, { nullable: true }) serviceResponse!: unknown;
}

/** One page of moderated transfers. */
@ObjectType({ simpleResolvers: true })
export class ModeratedTransferPage {
  @Field(() => Int) totalCount!: number;
  @Field(() => [ModeratedTransfer]) items!: ModeratedTransfer[];
}
