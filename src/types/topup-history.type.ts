import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { TransferStatus } from './transfer.enums.js';

/** What a step of a top-up chain did. */
export enum TopUpStepKind {
  CHARGE = 'CHARGE',
  TOPUP = 'TOPUP',
  REFUND = 'REFUND',
}

registerEnumType(TopUpStepKind, { name: 'TopUpStepKind' });

/** One step of a top-up chain. */
@ObjectType({ simpleResolvers: true })
export class TopUpStep {
  @Field(() => TopUpStepKind) kind!: TopUpStepKind;
  @Field(() => TransferStatus) status!: TransferStatus;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => Int) amountCents!: number;
  @Field(() => String) currency!: string;
  @Field(() => String, { nullable: true }) chargeId!: string | null;
  @Field(() => CoinsScalar, { nullable: true }) coins!: string | null;
  @Field(() => String, { nullable: true }) hash!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

/** One top-up chain: charge, then top-up, then maybe refund. */
@ObjectType({ simpleResolvers: true, description: 'One top-up chain: charge, then top-up, then maybe refund.' })
export class TopUp {
  @Field(() => ID, { description: 'the transaction request id' })
  id!: string;

  @Field(() => TransferStatus) status!: TransferStatus;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => Int, { description: "in cents, whatever unit the upstream's outer record used" }) amountCents!: number;
  @Field(() => [TopUpStep]) steps!: TopUpStep[];
}

/** An edge of the top-up history. */
@ObjectType({ simpleResolvers: true })
export class TopUpEdge {
  @Field(() => String) cursor!: string;
  @Field(() => TopUp) node!: TopUp;
}

/** A page of the top-up history, newest first. */
@ObjectType({ simpleResolvers: true })
export class TopUpConnection {
  @Field(() => [TopUpEdge]) edges!: TopUpEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int) totalCount!: number;
}
