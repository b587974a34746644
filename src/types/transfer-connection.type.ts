import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info.type.js';
import { Transfer } from './transfer.interface.js';

/** One transfer of a page, with its opaque cursor. */
@ObjectType({ simpleResolvers: true })
export class TransferEdge {
  @Field(() => String) cursor!: string;
  @Field(() => Transfer) node!: Transfer;
}

/** A page of transfers. */
@ObjectType({ simpleResolvers: true })
export class TransferConnection {
  @Field(() => [TransferEdge]) edges!: TransferEdge[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { nullable: true, description: 'null where the upstream pages in chunks and the total is unknown' })
  totalCount!: number | null;
}
