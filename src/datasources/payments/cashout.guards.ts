import { arrayOf, currency, obj, opt, str, type Guard } from '../../lib/guard.js';
import type { CashoutAccountDto, CashoutAccountListDto, CashoutCountriesDto, RecordCashoutAccountDto } from './cashout.dto.js';

/** The fields of a cash-out account the graph reads; shared with the withdrawal account list. */
export const cashoutAccountShape = {
  id: str,
  country: str,
  account: str,
  city: opt(str),
  bank: opt(str),
  name: opt(str),
  bsb: opt(str),
  postcode: opt(str),
  description: opt(str),
  currency: opt(currency),
};

/** A cash-out (bank) account. */
export const isCashoutAccountDto: Guard<CashoutAccountDto> = obj(cashoutAccountShape);

/** A cash-out account inside a transfer record, where the upstream sometimes leaves out its id (the review history). */
export const isRecordCashoutAccountDto: Guard<RecordCashoutAccountDto> = obj({ ...cashoutAccountShape, id: opt(str) });

/** The user's cash-out accounts. */
export const isCashoutAccountListDto: Guard<CashoutAccountListDto> = obj({ accounts: arrayOf(isCashoutAccountDto) });

/** GET /cashout/countries. */
export const isCashoutCountriesDto: Guard<CashoutCountriesDto> = obj({ allowed_countries: arrayOf(obj({ country: str, currency })) });
