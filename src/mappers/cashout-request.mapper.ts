import type { CashoutAccountDto, CashoutAccountListDto, CashoutTransferRequestDto } from '../datasources/payments/cashout.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { checkIdempotencyKey } from '../idempotency/idempotency-key.js';
import type { CashoutInput } from '../types/cashout.input.js';
import { positiveCoins } from './coins.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** What a cash-out asks for, before its account is looked up: also what its idempotencyKey is bound to. */
export interface CashoutIntent {
  account_id: string;
  coins: string;
  pay_fee_with_coins: boolean;
  version: 'v2';
}

/**
 * The client's cash-out, checked: an account id, coins more than 0, a well-formed
 * idempotencyKey (checked here too, so that a bad key costs no account lookup); always
 * version v2.
 */
export function toCashoutIntent(input: CashoutInput): CashoutIntent {
  if (input.idempotencyKey !== null && input.idempotencyKey !== undefined) checkIdempotencyKey(input.idempotencyKey);
  return {
    account_id: toUpstreamId(input.accountId, 'accountId'),
    coins: positiveCoins(input.coins, 'coins'),
    pay_fee_with_coins: input.payFeeWithCoins === true,
    version: 'v2',
  };
}

/** The stored account as the upstream listed it (the seed's request sends the account object as stored), without empty fields. */
function storedAccount(dto: CashoutAccountDto): CashoutAccountDto {
  const optional = { bank: dto.bank, bsb: dto.bsb, city: dto.city, currency: dto.currency, description: dto.description, name: dto.name, postcode: dto.postcode };
  const present = Object.entries(optional).filter(([, value]) => typeof value === 'string');
  return { account: dto.account, country: dto.country, id: dto.id, ...Object.fromEntries(present) };
}

/**
 * The body of POST /cashout/transfer: the user's stored account the intent names, the
 * coins, the fee choice and `version: "v2"`. An id that is not one of the user's accounts
 * is BAD_USER_INPUT, before anything is sent.
 */
export function toCashoutRequest(intent: CashoutIntent, accounts: CashoutAccountListDto): CashoutTransferRequestDto {
  const account = accounts.accounts.find((candidate) => candidate.id === intent.account_id);
  if (account === undefined) throw new BadUserInputError('"accountId" is not one of your cash-out accounts (see me.cashoutAccounts).');
  return { account: storedAccount(account), coins: intent.coins, pay_fee_with_coins: intent.pay_fee_with_coins, version: 'v2' };
}
