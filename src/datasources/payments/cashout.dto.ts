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
