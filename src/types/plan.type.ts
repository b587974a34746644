import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from './scalars/money.scalars.js';

/** One `description_list` entry of a plan. */
@ObjectType({ simpleResolvers: true })
export class PlanFeature {
  @Field(() => String)
  label!: string;

  @Field(() => Boolean, { description: 'false only where the upstream value is false' })
  included!: boolean;

  @Field(() => String, { nullable: true, description: 'the upstream value when it is a string, e.g. "1-20" or "Unlimited"' })
  detail!: string | null;
}

/** A billing plan of the catalogue. */
@ObjectType({ simpleResolvers: true, description: 'A billing plan of the catalogue.' })
export class Plan {
  @Field(() => ID, { description: 'basic, light, pro or pro-corp' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, { nullable: true })
  upgradeDescription!: string | null;

  @Field(() => DecimalScalar, { description: 'Price per period in `currency` (upstream cost).' })
  cost!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => Int, { description: 'commitment_period, in weeks' })
  commitmentPeriodWeeks!: number;

  @Field(() => Float, {
    description: 'coin_rate: fiat value of one point used in reward campaigns',
    deprecationReason: 'A Float can round a fiat value; use coinRateDecimal, which is exact.',
  })
  coinRate!: number;

  @Field(() => DecimalScalar, { description: 'coin_rate, exactly: fiat value of one point used in reward campaigns' })
  coinRateDecimal!: string;

  @Field(() => Boolean)
  hidden!: boolean;

  @Field(() => [String])
  modules!: string[];

  @Field(() => [PlanFeature], { description: "description_list, in the catalogue's order" })
  features!: PlanFeature[];
}
