import { Field, ObjectType } from 'type-graphql';

/** A country cash-outs may go to, with the currency they are paid in. */
@ObjectType({ simpleResolvers: true })
export class CashoutCountry {
  @Field(() => String, { description: 'ISO 3166 numeric code, e.g. 036' }) country!: string;
  @Field(() => String) currency!: string;
}
