import { registerEnumType } from 'type-graphql';

/** The kind of a transfer: the upstream `type` (ethereum records have none). */
export enum TransferKind {
  ETHEREUM = 'ETHEREUM',
  CASHOUT = 'CASHOUT',
  COINBASE = 'COINBASE',
  POLONIEX = 'POLONIEX',
  DEPOSIT = 'DEPOSIT',
  USER_CASHBACK = 'USER_CASHBACK',
  RETAIL_CONNECT = 'RETAIL_CONNECT',
}

/** Where a transfer or a top-up stands upstream (the upstreams' own statuses, upper-cased). */
export enum TransferStatus {
  PENDING = 'PENDING',
  SUCCESS = 'SUCCESS',
  FAILURE = 'FAILURE',
}

registerEnumType(TransferKind, { name: 'TransferKind' });
registerEnumType(TransferStatus, { name: 'TransferStatus' });
