import { ObjectType } from 'type-graphql';

/**
 * The app user namespace (`me`). It carries nothing itself: each field loads its own
 * upstream data, so that one failing upstream costs one field. Domains add their fields
 * with a `@Resolver(() => User)` class of their own.
 */
@ObjectType({ simpleResolvers: true })
export class User {}
