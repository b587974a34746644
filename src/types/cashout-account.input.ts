import { Field, InputType } from 'type-graphql';

/** A bank account for cash-outs as the user enters it (addCashoutAccount, updateCashoutAccount). */
@InputType()
export class CashoutAccountInput {
  @Field(() => String) country!: string;
  @Field(() => String, { nullable: true }) city?: string | null;
  @Field(() => String) bank!: string;
  @Field(() => String) name!: string;
  @Field(() => String) bsb!: string;
  @Field(() => String) accountNumber!: string;
  @Field(() => String, { nullable: true }) postcode?: string | null;
  @Field(() => String, { nullable: true }) description?: string | null;
}
