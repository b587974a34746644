/** Upstream JSON of the payments service's cash-out endpoints (seed 003, "User's cashout methods"), as sent. */

/**
 * A bank account for cash-outs: in GET /cashout/account, in cash-out transfer records and
 * answers, and (with `type` and `currency`) in the withdrawal account list. `account` is
 * the account number.
 */
export interface CashoutAccountDto {
  id: string;
  country: string;
  account: string;
  city?: string | null;
  bank?: string | null;
  name?: string | null;
  bsb?: string | null;
  postcode?: string | null;
  description?: string | null;
  currency?: string | null;
}

/** A cash-out account as a transfer record carries it: the id may be missing. */
export type RecordCashoutAccountDto = Omit<CashoutAccountDto, 'id'> & { id?: string | null };

/** GET /cashout/account, and the answers of updating and removing accounts: the whole list. */
export interface CashoutAccountListDto {
  accounts: CashoutAccountDto[];
}

/** The `account` of POST and PUT /cashout/account: a bank account as the user enters it. */
export interface CashoutAccountRequestDto {
  country: string;
  city?: string;
  bank: string;
  name: string;
  bsb: string;
  account: string;
  postcode?: string;
  description?: string;
}

/** GET /cashout/countries: where cash-outs may go, and in which currency. */
export interface CashoutCountriesDto {
  allowed_countries: Array<{ country: string; currency: string }>;
}

/** The body of POST /cashout/transfer: one of the user's stored accounts, as stored. */
export interface CashoutTransferRequestDto {
  account: CashoutAccountDto;
  coins: string;
  /** Only v2 is accepted; anything else is `payments-bad_version`. */
  version: 'v2';
  pay_fee_with_coins: boolean;
}
