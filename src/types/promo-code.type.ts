import { Field, Int, ObjectType } from 'type-graphql';

/** A promo code and the free days it gives. */
@ObjectType({ simpleResolvers: true })
export class PromoCode {
  @Field(() => String) code!: string;
  @Field(() => Int, { description: 'days_value' }) days!: number;
}
