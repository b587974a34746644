import { Field, ObjectType } from 'type-graphql';
import { PaymentCard } from './billing-plan.type.js';
import { DecimalScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** One row of a payment: what was paid for. */
@ObjectType({ simpleResolvers: true })
export class PaymentLine {
  @Field(() => DecimalScalar) amount!: string;
  @Field(() => String) description!: string;
}

/** One payment of the participant's payment history. */
@ObjectType({ simpleResolvers: true })
export class Payment {
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => String) status!: string;
  @Field(() => String) currency!: string;
  @Field(() => DecimalScalar, { description: 'summary_amount' }) total!: string;
  @Field(() => PaymentCard, { nullable: true }) card!: PaymentCard | null;
  @Field(() => [PaymentLine], { description: 'rows' }) lines!: PaymentLine[];
}
