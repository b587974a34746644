import { randomUUID } from 'node:crypto';
import { isoSeconds } from '../billing/dates.js';
import { cashoutBadVersionResponse, cashoutTransferRequest } from '../fixtures/cashout-account.fixture.js';
import { cashoutTransferResponse } from '../fixtures/cashout.fixture.js';
import { SimHttpError, badRequest } from '../http/errors.js';
import { seedJson } from '../http/seed-json.js';
import { centsOf, computeQuote, feeCentsOf, money, positiveUnits } from './cashout-quote.js';

/** What a cash-out produced: the answer's bytes, the history record, and the coins it takes. */
export interface CashoutOutcome {
  readonly answer: string;
  readonly record: string;
  readonly spent: bigint;
}

/** The answer to a request without `version: "v2"` (seed 003: "payments-bad_version"), the seed's own bytes. */
export class BadVersionError extends SimHttpError {
  constructor() {
    super(400, 'payments-bad_version', 'Unsupported version. Your Mobile App needs to be updated.');
  }

  override body(): Buffer {
    return Buffer.from(cashoutBadVersionResponse, 'utf8');
  }
}

const EXAMPLE = JSON.stringify(JSON.parse(cashoutTransferRequest));

/** The history record of a cash-out answer: `fee` becomes `fee_summary`, the AUD value is added, `type` is cashout. */
function recordOf(answer: Record<string, unknown>): string {
  const { account, coins, converted_value, currency, fee, hash, id, status, ts } = answer;
  return seedJson({ account, coins, converted_aud_value: converted_value, converted_value, currency, fee_summary: fee, hash, id, status, ts, type: 'cashout' });
}

/** The account object of a request: an object with a country and an account number; its id names the stored account. */
function accountOf(value: unknown): Record<string, unknown> {
  const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
  const account = (ok ? value : {}) as Record<string, unknown>;
  if (!ok || typeof account.country !== 'string' || typeof account.account !== 'string') {
    throw badRequest('account must be a cash-out account with country and account', 'payments-bad_account');
  }
  return account;
}

/**
 * "Cashout transaction request": only version v2 is served; coins must be a positive whole
 * number; with `pay_fee_with_coins` the fee is taken in coins on top, otherwise from the
 * value. Note: the seed's example request is answered with the seed's example answer
 * even though it moves more coins than the seed's balance holds (the seed's numbers).
 */
export function requestCashout(body: unknown, available: bigint, feeConfigured: boolean, now: Date): CashoutOutcome {
  const request = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (request.version !== 'v2') throw new BadVersionError();
  if (JSON.stringify(body) === EXAMPLE) {
    const answer = JSON.parse(cashoutTransferResponse) as Record<string, unknown>;
    return { answer: cashoutTransferResponse, record: recordOf(answer), spent: BigInt(answer.coins as string) };
  }
  const account = accountOf(request.account);
  const units = positiveUnits(request.coins);
  const payFeeWithCoins = request.pay_fee_with_coins === true;
  const fee = { ...computeQuote(units, true, feeConfigured), pay_fee_with_coins: payFeeWithCoins };
  const spent = payFeeWithCoins ? BigInt(fee.coins_with_fee) : units;
  const valueCents = payFeeWithCoins ? centsOf(units) : centsOf(units) - feeCentsOf(feeConfigured);
  if (valueCents <= 0n) throw badRequest('Too few coins to pay the fee', 'payments-bad_coins');
  if (spent > available) throw badRequest('Not enough coins for this cash-out and its fee', 'payments-insufficient_funds');
  const { currency: _aud, ...feeFields } = fee;
  const answer = {
    account,
    coins: String(spent),
    converted_usd_value: money((valueCents * 3n) / 4n),
    converted_value: money(valueCents),
    currency: 'aud',
    fee: feeFields,
    hash: null,
    id: `urn:authenticateit:transaction_request:${randomUUID()}`,
    status: 'pending',
    stored_account: typeof account.id === 'string' ? account.id : null,
    ts: isoSeconds(now),
  };
  return { answer: seedJson(answer), record: recordOf(answer), spent };
}
