import { CashbackTransfer } from './cashback-transfer.type.js';
import { CashoutTransfer } from './cashout-transfer.type.js';
import { CoinbaseTransfer } from './coinbase-transfer.type.js';
import { DepositTransfer } from './deposit-transfer.type.js';
import { EthereumTransfer } from './ethereum-transfer.type.js';
import { PoloniexTransfer } from './poloniex-transfer.type.js';
import { RetailConnectTransfer } from './retail-connect-transfer.type.js';

/**
 * Every implementation of the Transfer interface. Note: the schema lists them all
 * (`orphanedTypes` in schema.ts), since mappers return plain objects and no resolver names
 * most of them: a client must be able to ask for any kind with `... on CashoutTransfer`.
 */
export const transferTypes = [
  EthereumTransfer,
  CashoutTransfer,
  CoinbaseTransfer,
  PoloniexTransfer,
  DepositTransfer,
  CashbackTransfer,
  RetailConnectTransfer,
] as const;
