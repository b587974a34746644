import { ObjectType } from 'type-graphql';

/**
 * The participant (brand/merchant account) namespace. It carries nothing itself: each
 * field loads its own upstream data, so that one failing upstream costs one field.
 */
@ObjectType({ simpleResolvers: true })
export class Participant {}
