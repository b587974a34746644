import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars/time.scalars.js';

/** The merchant-panel context: who is logged in and under which MID they act (seed 000). */
@ObjectType({ simpleResolvers: true })
export class MerchantContext {
  @Field(() => String) email!: string;
  @Field(() => ID) currentMid!: string;
  @Field(() => [ID]) mids!: string[];
}

/** A merchant-panel session, as merchantLogin returns it. */
@ObjectType({ simpleResolvers: true })
export class MerchantSession {
  @Field(() => String, { description: 'the BEARER_TOKEN; also set as a cookie for browsers' }) token!: string;
  @Field(() => DateTimeScalar, { description: 'when the token expires if it goes unused (15 minutes after its last use)' }) expiresAt!: string;
  @Field(() => MerchantContext) context!: MerchantContext;
}
