import type { CashoutAccountRequestDto } from '../datasources/payments/cashout.dto.js';
import { BadUserInputError } from '../errors/gateway-errors.js';
import type { CashoutAccountInput } from '../types/cashout-account.input.js';
import { toCountryCode } from './coin-price.mapper.js';
import { checkLine, checkListSize, optionalLine } from './input-text.js';
import { toUpstreamId } from './upstream-id.mapper.js';

/** Bank codes and account numbers: letters, digits, spaces and dashes (a BSB, a SWIFT code, an IBAN of 34). */
const BANK_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{0,33}$/;
/** Names, banks and cities; descriptions may be longer. */
const MAX_NAME = 128;
const MAX_DESCRIPTION = 256;
/** Most accounts one removal may name. */
const MAX_IDS = 100;

function bankCode(name: string, value: string): string {
  const text = value.trim();
  if (!BANK_CODE.test(text)) throw new BadUserInputError(`"${name}" must be 1 to 34 letters, digits, spaces or dashes.`);
  return text;
}

/**
 * The `account` of POST/PUT /cashout/account from the graph's input, every field checked
 * where it enters (`accountNumber` is the upstream's `account`); optional fields left out
 * when absent or blank.
 */
export function toCashoutAccountRequest(input: CashoutAccountInput): CashoutAccountRequestDto {
  const city = optionalLine('city', input.city, MAX_NAME);
  const postcode = optionalLine('postcode', input.postcode, 16);
  const description = optionalLine('description', input.description, MAX_DESCRIPTION);
  return {
    country: toCountryCode(input.country.trim()),
    ...(city !== undefined && { city }),
    bank: checkLine('bank', input.bank, MAX_NAME),
    name: checkLine('name', input.name, MAX_NAME),
    bsb: bankCode('bsb', input.bsb),
    account: bankCode('accountNumber', input.accountNumber),
    ...(postcode !== undefined && { postcode }),
    ...(description !== undefined && { description }),
  };
}

/** Account ids to remove: 1 to 100, each a valid id, each named once. */
export function toCashoutAccountIds(ids: readonly string[]): string[] {
  return [...new Set(checkListSize('ids', ids, MAX_IDS).map((id) => toUpstreamId(id, 'ids')))];
}
