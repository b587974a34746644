import { Field, ID, InputType, Int } from 'type-graphql';

/** Either a client-side token (nonce, preferred) or the card details. */
@InputType({ description: 'Either a client-side token (nonce, preferred) or the card details.' })
export class CardInput {
  @Field(() => String, { nullable: true }) nonce?: string | null;
  @Field(() => String, { nullable: true }) number?: string | null;
  @Field(() => Int, { nullable: true }) expMonth?: number | null;
  @Field(() => Int, { nullable: true }) expYear?: number | null;
  @Field(() => String, { nullable: true }) cvc?: string | null;
  @Field(() => String, { nullable: true }) name?: string | null;
}

/** Input of changeBillingPlan. */
@InputType()
export class ChangeBillingPlanInput {
  @Field(() => ID, { description: 'catalogue id: basic, light, pro or pro-corp' })
  planId!: string;

  @Field(() => CardInput, { nullable: true, description: 'required for every plan but basic' })
  card?: CardInput | null;

  @Field(() => String, { nullable: true, description: 'a retried mutation with the same key returns the first result and charges the card once' })
  idempotencyKey?: string | null;
}
