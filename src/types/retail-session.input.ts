import { Field, InputType, Int } from 'type-graphql';
import { PaymentMethod, RetailTerminalAction, RetailUserAction } from './retail.enums.js';
import { CoinsScalar } from './scalars/money.scalars.js';

/** A step of a retail session taken by the app user. */
@InputType()
export class RetailSessionUserUpdate {
  @Field(() => RetailUserAction) action!: RetailUserAction;
  @Field(() => Int, { nullable: true }) paymentValueCents?: number | null;
  @Field(() => CoinsScalar, { nullable: true }) paymentCoins?: string | null;
  @Field(() => String, { nullable: true, description: 'must be null for cash sessions; validated for cashless ones' })
  paymentReference?: string | null;
}

/** A step of a retail session taken by the terminal. */
@InputType()
export class RetailSessionTerminalUpdate {
  @Field(() => RetailTerminalAction) action!: RetailTerminalAction;
  @Field(() => Int, { nullable: true }) amountValueCents?: number | null;
  @Field(() => PaymentMethod, { nullable: true }) paymentMethod?: PaymentMethod | null;
}
