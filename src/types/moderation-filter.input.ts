import { Field, ID, InputType } from 'type-graphql';
import { ModerationStatus, TransferProvider } from './moderation.enums.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** Filters of Moderation.transfers (upstream user_id, account_email, ts_from, ts_to, status, type). */
@InputType()
export class ModerationFilter {
  @Field(() => ID, { nullable: true }) userId?: string | null;
  @Field(() => String, { nullable: true }) accountEmail?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) from?: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) to?: string | null;
  @Field(() => [ModerationStatus], { nullable: true }) statuses?: ModerationStatus[] | null;
  @Field(() => [TransferProvider], { nullable: true }) providers?: TransferProvider[] | null;
}
