import type { FileUpload } from 'graphql-upload-minimal';
import { Field, ID, InputType } from 'type-graphql';
import { UploadScalar } from './scalars/upload.scalar.js';
import { SupportTicketKind } from './support-ticket.enums.js';

/** Input of createSupportTicket (seed 001's multipart fields). */
@InputType()
export class CreateSupportTicketInput {
  @Field(() => ID, { description: 'must exist upstream and have an email address on file' }) customerId!: string;
  @Field(() => String, { description: 'at most 240 characters' }) title!: string;
  @Field(() => String, { description: 'at most 5000 characters' }) description!: string;
  @Field(() => SupportTicketKind, { nullable: true, defaultValue: SupportTicketKind.GENERAL }) kind?: SupportTicketKind | null;
  @Field(() => ID, { nullable: true, description: 'for DEPOSIT_REVIEW: the deposit under review' }) depositId?: string | null;

  @Field(() => [UploadScalar], { nullable: true, description: 'at most 5 files, 25 MB each, 50 MB in all; jpg, jpeg, png, webp, mp4, mov, avi, webm, pdf' })
  attachments?: Promise<FileUpload>[] | null;
}
