import type { WithdrawalAccountsDto } from '../datasources/payments/withdrawals.dto.js';
import { isWithdrawalAccountDto } from '../datasources/payments/withdrawals.guards.js';
import type { WithdrawalAccounts } from '../types/withdrawal-accounts.type.js';
import { toWithdrawalAccount } from './withdrawal-account.mapper.js';

/**
 * The withdrawal account list, in the upstream's order. Note: an account of a kind this
 * gateway does not know yet (the guard let it through as such) is left out rather than
 * failing the list.
 */
export function toWithdrawalAccounts(dto: WithdrawalAccountsDto): WithdrawalAccounts {
  return {
    accounts: dto.accounts.filter(isWithdrawalAccountDto).map(toWithdrawalAccount),
    allowedTransferTypes: dto.allowed_transfer_types ?? [],
  };
}
