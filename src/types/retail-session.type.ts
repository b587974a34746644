import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LoyaltyProgram } from './loyalty-program.type.js';
import { PaymentMethod, RetailSessionStatus, RetailSide } from './retail.enums.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The coin price a session was quoted. */
@ObjectType({ simpleResolvers: true })
export class SessionCoinPrice {
  @Field(() => Float, { description: 'price of one coin base unit' }) perUnit!: number;
  @Field(() => Int) validSeconds!: number;
  @Field(() => DateTimeScalar) at!: string;
}

/** The amount the terminal set (statuses.amount_set). */
@ObjectType({ simpleResolvers: true })
export class RetailAmount {
  @Field(() => Int, { description: 'amount_value, in cents' }) valueCents!: number;
  @Field(() => PaymentMethod) paymentMethod!: PaymentMethod;
  @Field(() => DateTimeScalar) at!: string;
}

/** The user's payment (statuses.payment_set). */
@ObjectType({ simpleResolvers: true })
export class RetailPayment {
  @Field(() => Int, { description: 'payment_value, in cents' }) valueCents!: number;
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => String, { nullable: true }) reference!: string | null;
  @Field(() => String, { nullable: true, description: 'payment_result.status' }) result!: string | null;
  @Field(() => ID, { nullable: true }) transactionId!: string | null;
  @Field(() => DateTimeScalar) at!: string;
}

/** The rebate paid after the confirmation (statuses.rebate_set). */
@ObjectType({ simpleResolvers: true })
export class RetailRebate {
  @Field(() => CoinsScalar) coins!: string;
  @Field(() => DateTimeScalar) at!: string;
}

/** A point-of-sale session between an app user and a terminal. */
@ObjectType({ simpleResolvers: true })
export class RetailSession {
  @Field(() => ID) id!: string;
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) codeHash!: string | null;
  @Field(() => RetailSessionStatus) status!: RetailSessionStatus;
  @Field(() => RetailSide, { description: 'status_side: who made the last change' }) statusSide!: RetailSide;
  @Field(() => String) currency!: string;
  @Field(() => SessionCoinPrice, { nullable: true }) coinPrice!: SessionCoinPrice | null;
  @Field(() => DateTimeScalar) createdAt!: string;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: string | null;
  @Field(() => Boolean) expired!: boolean;
  @Field(() => Int) timeoutSeconds!: number;
  @Field(() => String, { nullable: true }) deviceId!: string | null;
  @Field(() => ID, { nullable: true }) operatorId!: string | null;
  @Field(() => ID) participantId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => LoyaltyProgram, { nullable: true }) loyaltyProgram!: LoyaltyProgram | null;
  @Field(() => RetailAmount, { nullable: true, description: 'statuses.amount_set' }) amount!: RetailAmount | null;
  @Field(() => RetailPayment, { nullable: true, description: 'statuses.payment_set' }) payment!: RetailPayment | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'statuses.payment_confirm' }) confirmedAt!: string | null;
  @Field(() => RetailRebate, { nullable: true, description: 'statuses.rebate_set' }) rebate!: RetailRebate | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'statuses.terminate' }) terminatedAt!: string | null;
}
