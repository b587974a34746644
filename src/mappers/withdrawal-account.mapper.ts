import type { CashoutAccountDto } from '../datasources/payments/cashout.dto.js';
import type { CoinbaseAccountDto, PoloniexAccountDto } from '../datasources/payments/exchanges.dto.js';
import type { EthereumAccountDto, WithdrawalAccountDto } from '../datasources/payments/withdrawals.dto.js';
import type { CashoutAccount } from '../types/cashout-account.type.js';
import type { CoinbaseAccount } from '../types/coinbase-account.type.js';
import type { EthereumWithdrawalAccount } from '../types/ethereum-withdrawal-account.type.js';
import type { PoloniexAccount } from '../types/poloniex-account.type.js';
import { WithdrawalAccountKind } from '../types/withdrawal-account.interface.js';
import { toCurrency, toDateTime } from './values.js';

/** Any withdrawal account the graph shows. */
export type AnyWithdrawalAccount = CashoutAccount | CoinbaseAccount | EthereumWithdrawalAccount | PoloniexAccount;

/** A bank account for cash-outs (`account` is its number). */
export function toCashoutAccount(dto: CashoutAccountDto): CashoutAccount {
  return {
    id: dto.id,
    kind: WithdrawalAccountKind.CASHOUT,
    currency: toCurrency(dto.currency),
    country: dto.country,
    city: dto.city ?? null,
    bank: dto.bank ?? null,
    name: dto.name ?? null,
    bsb: dto.bsb ?? null,
    accountNumber: dto.account,
    postcode: dto.postcode ?? null,
    description: dto.description ?? null,
  };
}

/** A connected Coinbase account; `inactive` only where the upstream says so. */
export function toCoinbaseAccount(dto: CoinbaseAccountDto): CoinbaseAccount {
  return {
    id: dto.id,
    kind: WithdrawalAccountKind.COINBASE,
    currency: toCurrency(dto.currency),
    email: dto.email ?? null,
    name: dto.name ?? null,
    username: dto.username ?? null,
    avatarUrl: dto.avatar_url ?? null,
    resourcePath: dto.resource_path ?? null,
    connectedAt: toDateTime(dto.ts),
    inactive: dto.inactive === true,
  };
}

/** A Poloniex account; the address is checksummed by its scalar on the way out. */
export function toPoloniexAccount(dto: PoloniexAccountDto): PoloniexAccount {
  return {
    id: dto.id,
    kind: WithdrawalAccountKind.POLONIEX,
    currency: toCurrency(dto.currency),
    address: dto.address,
    description: dto.description ?? null,
    status: dto.status ?? null,
    isNew: typeof dto.is_new === 'boolean' ? dto.is_new : null,
    addedAt: toDateTime(dto.ts),
  };
}

/** An ethereum address as a withdrawal account. */
export function toEthereumWithdrawalAccount(dto: EthereumAccountDto): EthereumWithdrawalAccount {
  return {
    id: dto.id,
    kind: WithdrawalAccountKind.ETHEREUM,
    currency: toCurrency(dto.currency),
    address: dto.address,
    description: dto.description ?? null,
    addedAt: toDateTime(dto.ts),
  };
}

/** An entry of the withdrawal account list, by its upstream `type`. */
export function toWithdrawalAccount(dto: WithdrawalAccountDto): AnyWithdrawalAccount {
  switch (dto.type) {
    case 'cashout_account':
      return toCashoutAccount(dto);
    case 'coinbase_account':
      return toCoinbaseAccount(dto);
    case 'ethereum_account':
      return toEthereumWithdrawalAccount(dto);
    case 'poloniex_account':
      return toPoloniexAccount(dto);
  }
}
