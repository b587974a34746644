import { CashoutAccount } from './cashout-account.type.js';
import { CoinbaseAccount } from './coinbase-account.type.js';
import { EthereumWithdrawalAccount } from './ethereum-withdrawal-account.type.js';
import { PoloniexAccount } from './poloniex-account.type.js';

/** Every implementation of the WithdrawalAccount interface, listed in the schema for the same reason as `transferTypes`. */
export const withdrawalAccountTypes = [CashoutAccount, CoinbaseAccount, EthereumWithdrawalAccount, PoloniexAccount] as const;
