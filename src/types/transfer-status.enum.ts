import { registerEnumType } from 'type-graphql';

/** Where a transfer or a top-up stands. Values are the upstreams' own, upper-cased. */
export enum TransferStatus {
  PENDING = 'PENDING',
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}

registerEnumType(TransferStatus, { name: 'TransferStatus' });
