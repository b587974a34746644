import type { WithdrawalQuoteRequestDto } from '../datasources/payments/withdrawals.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import { compareDecimals } from '../lib/decimal-text.js';
import type { WithdrawalQuoteInput } from '../types/withdrawal-quote.input.js';
import { WithdrawalAccountKind } from '../types/withdrawal-account.interface.js';
import { positiveCoins } from './coins.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** The upstream `type` of each account kind. */
const ACCOUNT_TYPE = {
  [WithdrawalAccountKind.CASHOUT]: 'cashout_account',
  [WithdrawalAccountKind.COINBASE]: 'coinbase_account',
  [WithdrawalAccountKind.ETHEREUM]: 'ethereum_account',
  [WithdrawalAccountKind.POLONIEX]: 'poloniex_account',
} as const satisfies Record<WithdrawalAccountKind, NonNullable<WithdrawalQuoteRequestDto['type']>>;

/** A double holds any decimal of up to 15 significant digits exactly (it prints back the same). */
const MAX_SIGNIFICANT_DIGITS = 15;
/** Whole digits of a fiat value: up to a trillion, far beyond any withdrawal. */
const MAX_WHOLE_DIGITS = 12;

/**
 * A fiat `value` as the JSON number the upstream takes. Note: it must go out as a number,
 * so it is refused unless a double holds it exactly (at most 15 significant digits, at most
 * 12 before the point); within that, `Number` changes no digit. It must be more than 0.
 */
export function toFiatValue(text: string): number {
  const unsigned = text.replace(/^-/, '');
  const [whole = '', frac = ''] = unsigned.split('.');
  const significant = (whole + frac).replace(/^0+/, '').replace(/0+$/, '');
  if (compareDecimals(text, '0') <= 0) throw new BadUserInputError(`"input.value" must be more than 0; got ${text}.`);
  if (significant.length > MAX_SIGNIFICANT_DIGITS || whole.replace(/^0+/, '').length > MAX_WHOLE_DIGITS) {
    throw new BadUserInputError(`"input.value" must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits and ${MAX_WHOLE_DIGITS} before the point.`);
  }
  return Number(unsigned);
}

/**
 * The body of POST /payments-service/withdrawal/convert_coins, checked before anything is
 * sent: exactly one of coins or value; an account id only with its kind (the upstream
 * tells ids apart by `type`). `negative_values` and `rule_karma_value_include` go only
 * when asked (false is the upstream's default), so the seed's example requests go out as
 * the seed writes them.
 */
export function toWithdrawalQuoteRequest(input: WithdrawalQuoteInput): WithdrawalQuoteRequestDto {
  const hasCoins = input.coins !== null && input.coins !== undefined;
  const hasValue = input.value !== null && input.value !== undefined;
  if (hasCoins === hasValue) throw new BadUserInputError('Give one of "input.coins" or "input.value" (not both).');
  const kind = input.accountKind ?? null;
  const id = input.accountId === null || input.accountId === undefined ? null : toUpstreamId(input.accountId, 'input.accountId');
  if (id !== null && kind === null) throw new BadUserInputError('"input.accountId" needs "input.accountKind": the upstream tells ids apart by kind.');
  return {
    ...(id !== null && { id }),
    ...(hasCoins && { coins: positiveCoins(input.coins!, 'input.coins') }),
    ...(hasValue && { value: toFiatValue(input.value!) }),
    ...(input.negativeValues === true && { negative_values: true }),
    ...(kind !== null && { type: ACCOUNT_TYPE[kind] }),
    ...(input.includeKarma === true && { rule_karma_value_include: true }),
  };
}
