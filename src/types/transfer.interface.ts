import { Field, ID, InterfaceType } from 'type-graphql';
import { CoinsScalar } from './scalars/money.scalars.js';
import { DateTimeScalar } from './scalars/time.scalars.js';
import { TransferKind, TransferStatus } from './transfer.enums.js';

/** The graph type of each transfer kind; mappers return plain objects, so `kind` decides. */
const TYPE_BY_KIND: Readonly<Record<TransferKind, string>> = {
  [TransferKind.ETHEREUM]: 'EthereumTransfer',
  [TransferKind.CASHOUT]: 'CashoutTransfer',
  [TransferKind.COINBASE]: 'CoinbaseTransfer',
  [TransferKind.POLONIEX]: 'PoloniexTransfer',
  [TransferKind.DEPOSIT]: 'DepositTransfer',
  [TransferKind.USER_CASHBACK]: 'CashbackTransfer',
  [TransferKind.RETAIL_CONNECT]: 'RetailConnectTransfer',
};

/** The graph type of a transfer, by its kind. Note: synchronous; see src/schema.ts for why that matters. */
export function transferTypeName(transfer: { kind: TransferKind }): string {
  return TYPE_BY_KIND[transfer.kind];
}

/**
 * A movement of the user's coins, one implementing type per kind. Note: `id` is the
 * upstream's request id, and a history can list one request twice (once per status), so
 * two nodes may share an id; cursors tell them apart.
 */
@InterfaceType({ resolveType: transferTypeName })
export abstract class Transfer {
  @Field(() => ID) id!: string;
  @Field(() => TransferKind) kind!: TransferKind;
  @Field(() => TransferStatus) status!: TransferStatus;
  @Field(() => DateTimeScalar) at!: string;
  @Field(() => CoinsScalar, { nullable: true }) coins!: string | null;
  @Field(() => String, { nullable: true }) hash!: string | null;
}
