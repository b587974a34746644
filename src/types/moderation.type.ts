import { ObjectType } from 'type-graphql';

/**
 * The transfer moderation namespace (`moderation`): only for the system participant, whom
 * the upstream alone can tell apart, so each field is refused (FORBIDDEN) by its own call.
 * It carries nothing itself; its fields live in the moderation resolver.
 */
@ObjectType({ simpleResolvers: true })
export class Moderation {}
