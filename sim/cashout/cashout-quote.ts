import { cashoutQuoteNegativeResponse, cashoutQuoteNoFeeResponse, cashoutQuoteResponse } from '../fixtures/cashout.fixture.js';
import { badRequest } from '../http/errors.js';

/**
 * The simulator's cash-out prices (AUD): 0.00011 per coin as in the seed's examples, 5 % of
 * a 160-coin gas price, and a transaction fee of 0.10. Note: the seed's examples charge
 * 1.50, more than the seed's whole balance (1949.98 coins) is worth, so no computed
 * cash-out could ever go through; the seed's own examples are still served verbatim.
 * Amounts are computed in BigInt cents: nothing goes through a float.
 */
const UNITS_PER_COIN = 10n ** 18n;
/** Cents per 10^21 units (1000 coins): 0.00011 AUD a coin. */
const CENTS_PER_1000_COINS = 11n;
const TRANSACTION_FEE_CENTS = 10n;
const GAS_COINS = 160n * UNITS_PER_COIN;
const GAS_PERCENT = 5n;

/** The value of some coin units in whole cents, rounded down. */
export function centsOf(units: bigint): bigint {
  return (units * CENTS_PER_1000_COINS) / (1000n * UNITS_PER_COIN);
}

function gasFeeCoinsOf(feeConfigured: boolean): bigint {
  return feeConfigured ? (GAS_COINS * GAS_PERCENT) / 100n : 0n;
}

/** The whole fee of a cash-out in cents: the transaction fee and the gas fee's value. */
export function feeCentsOf(feeConfigured: boolean): bigint {
  return centsOf(gasFeeCoinsOf(feeConfigured)) + (feeConfigured ? TRANSACTION_FEE_CENTS : 0n);
}

/** Cents as the JSON number the seed writes (219.03, 1.5, -0.06). */
export function money(cents: bigint): number {
  return Number(cents) / 100;
}

/** The seed's examples, by the requests they answer (see {@link exampleQuote}). */
const EXAMPLES = {
  negative: cashoutQuoteNegativeResponse,
  positive: cashoutQuoteResponse,
  noFee: cashoutQuoteNoFeeResponse,
};

/**
 * The seed's example answer for a request, or null. Note: the seed's example request asks
 * for 10^22 units while its answers say 10^21: both amounts with `negative_values=true`
 * get the "Fee configured. negative_values=true" answer, and both get "No configured fee"
 * while fees are switched off; 2·10^24 units without negative values gets the third.
 */
export function exampleQuote(units: bigint, negative: boolean, feeConfigured: boolean): string | null {
  const small = units === 10n ** 21n || units === 10n ** 22n;
  if (!feeConfigured) return small ? EXAMPLES.noFee : null;
  if (small && negative) return EXAMPLES.negative;
  return units === 2n * 10n ** 24n && !negative ? EXAMPLES.positive : null;
}

/**
 * A quote for `units` coin units: fees in coins and in money, the value with and without
 * them: coins as digit strings, money as JSON numbers (the seed's shapes). With `negative`
 * false, values the fee would take below zero show as 0.
 */
export function computeQuote(units: bigint, negative: boolean, feeConfigured: boolean) {
  const gasFeeCoins = gasFeeCoinsOf(feeConfigured);
  const txCents = feeConfigured ? TRANSACTION_FEE_CENTS : 0n;
  const txCoins = (txCents * 1000n * UNITS_PER_COIN) / CENTS_PER_1000_COINS;
  const feeCoins = gasFeeCoins + txCoins;
  const gasCents = centsOf(gasFeeCoins);
  const feeCents = feeCentsOf(feeConfigured);
  const floor = (n: bigint): bigint => (negative || n > 0n ? n : 0n);
  const withFee = centsOf(units);
  return {
    coins: String(units),
    coins_with_fee: String(units + feeCoins),
    coins_without_fee: String(floor(units - feeCoins)),
    currency: 'AUD',
    fee_coins: String(feeCoins),
    fee_value: money(feeCents),
    gas_coins: String(GAS_COINS),
    gas_fee_coins: String(gasFeeCoins),
    gas_fee_precent: feeConfigured ? Number(GAS_PERCENT) : 0,
    gas_fee_value: money(gasCents),
    transaction_fee: money(txCents),
    transaction_fee_coins: String(txCoins),
    transaction_fee_value: money(txCents),
    value: money(floor(withFee - feeCents)),
    value_with_fee: money(withFee),
    value_without_fee: money(floor(withFee - feeCents)),
  };
}

/** Coin units from a query or body value: a whole number of at most 78 digits, more than 0. */
export function positiveUnits(value: unknown): bigint {
  if (typeof value !== 'string' || !/^\d{1,78}$/.test(value) || BigInt(value) === 0n) {
    throw badRequest('Coins must be a positive whole number of coin units', 'payments-bad_coins');
  }
  return BigInt(value);
}
