import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Plan } from './plan.type.js';
import { DateScalar, DateTimeScalar } from './scalars/time.scalars.js';

/** A postal address of a card holder. */
@ObjectType({ simpleResolvers: true })
export class PostalAddress {
  @Field(() => String, { nullable: true }) line1!: string | null;
  @Field(() => String, { nullable: true }) line2!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) state!: string | null;
  @Field(() => String, { nullable: true }) zip!: string | null;
  @Field(() => String, { nullable: true }) country!: string | null;
}

/** A payment card on file; never more than its last four digits. */
@ObjectType({ simpleResolvers: true })
export class PaymentCard {
  @Field(() => ID, { nullable: true }) id!: string | null;
  @Field(() => String, { nullable: true }) brand!: string | null;
  @Field(() => String, { nullable: true }) last4!: string | null;
  @Field(() => Int, { nullable: true }) expMonth!: number | null;
  @Field(() => Int, { nullable: true }) expYear!: number | null;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => PostalAddress, { nullable: true }) address!: PostalAddress | null;
}

/** The participant's plan contract. */
@ObjectType({ simpleResolvers: true })
export class Contract {
  @Field(() => DateScalar, { nullable: true }) from!: string | null;
  @Field(() => DateScalar, { nullable: true }) to!: string | null;
  @Field(() => Boolean) terminated!: boolean;
  @Field(() => Boolean) terminateAvailable!: boolean;
}

/** The participant's trial period. */
@ObjectType({ simpleResolvers: true })
export class Trial {
  @Field(() => Boolean) active!: boolean;

  @Field(() => DateTimeScalar, { nullable: true, description: 'the upstream sends this as `form` as well as `from`' })
  from!: string | null;

  @Field(() => DateTimeScalar, { nullable: true }) to!: string | null;
}

/** The participant's current billing plan. */
@ObjectType({ simpleResolvers: true })
export class ParticipantBillingPlan {
  @Field(() => String, { description: 'the upstream plan id as sent, e.g. light or complete (a trial plan not in the catalogue)' })
  planId!: string;

  /** Resolved (and described) by ParticipantBillingPlanResolver from the catalogue. */
  plan?: Plan | null;

  @Field(() => PaymentCard, { nullable: true }) card!: PaymentCard | null;
  @Field(() => Contract, { nullable: true }) contract!: Contract | null;
  @Field(() => DateScalar, { nullable: true }) paidFrom!: string | null;
  @Field(() => DateScalar, { nullable: true }) paidTo!: string | null;
  @Field(() => Trial) trial!: Trial;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: string | null;
  @Field(() => [String], { description: 'user_email' }) notificationEmails!: string[];
}
