import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { DocumentType, SupportTicketKind, SupportTicketStatus } from './support-ticket.enums.js';

/** A file attached to a ticket. */
@ObjectType({ simpleResolvers: true })
export class TicketDocument {
  @Field(() => ID) id!: string;
  @Field(() => DocumentType, { nullable: true, description: 'null for plain attachments sent without a type' }) type!: DocumentType | null;
  @Field(() => String) fileName!: string;
  @Field(() => String, { nullable: true }) contentType!: string | null;
  @Field(() => Int, { nullable: true }) size!: number | null;
  @Field(() => DateTimeScalar, { nullable: true }) uploadedAt!: string | null;
}

/** A support ticket raised with the ticket service (seed 001). */
@ObjectType({ simpleResolvers: true })
export class SupportTicket {
  @Field(() => ID) id!: string;
  @Field(() => SupportTicketStatus) status!: SupportTicketStatus;
  @Field(() => String, { nullable: true, description: 'e.g. SUP-1234; null until CREATED' }) issueKey!: string | null;
  @Field(() => SupportTicketKind) kind!: SupportTicketKind;
  @Field(() => ID, { nullable: true }) customerId!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) createdAt!: string | null;
  @Field(() => DateTimeScalar, { nullable: true }) updatedAt!: string | null;
  @Field(() => String, { nullable: true }) failureReason!: string | null;
  @Field(() => [TicketDocument]) uploadedDocuments!: TicketDocument[];
}
