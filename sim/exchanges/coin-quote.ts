/**
 * The simulator's own price for quotes and transfer fees outside the seed's examples: the
 * rate of the Coinbase quote example (27.13 AUD for 10^23 coin units), no fees. Amounts are
 * computed in BigInt and written as JSON number text, so no digit goes through a double.
 */

/** Cents of AUD for 10^23 coin units. */
const CENTS_PER_RATE_UNITS = 2713n;
const RATE_UNITS = 10n ** 23n;
/** Gas the seed's answers show for a small transfer. */
const GAS_COINS = '150000000000000000000';
const MIN_TRANSFER_COINS = '1000000000000000000';

/** Whole cents that `coins` fetch, rounded down. */
export function centsOf(coins: bigint): bigint {
  return (coins * CENTS_PER_RATE_UNITS) / RATE_UNITS;
}

/** The coin units `cents` cost, rounded down. */
export function coinsOfCents(cents: bigint): bigint {
  return (cents * RATE_UNITS) / CENTS_PER_RATE_UNITS;
}

/** Cents as JSON number text in the seed's style: `27.13`, `0.5`, `0.0`. */
export function moneyText(cents: bigint): string {
  const whole = cents / 100n;
  const frac = (cents % 100n).toString().padStart(2, '0').replace(/0$/, '');
  return `${whole}.${frac === '' ? '0' : frac}`;
}

/** Key and raw JSON value text, in order. */
type RawEntries = ReadonlyArray<readonly [string, string]>;

/** A JSON object in the seed's layout from raw value texts. */
export function rawSeedObject(entries: RawEntries): string {
  return `{\n${entries.map(([key, value]) => `${JSON.stringify(key)}: ${value}`).join(',\n')}\n}`;
}

/** What a quote adds to the fee fields. */
export interface QuoteExtras {
  /** The karma rule's verdict (`rule_karma_value_include`). */
  karma?: boolean;
}

/** The fee fields of an answer for `coins` at the simulator's rate, without fees, as raw JSON entries. */
export function feeEntries(coins: bigint): Array<[string, string]> {
  const value = moneyText(centsOf(coins));
  const units = JSON.stringify(String(coins));
  return [
    ['coins', units],
    ['coins_with_fee', units],
    ['coins_without_fee', units],
    ['currency', '"AUD"'],
    ['fee_coins', '0'],
    ['fee_value', '0.0'],
    ['gas_coins', JSON.stringify(GAS_COINS)],
    ['gas_fee_coins', '0'],
    ['gas_fee_precent', '0'],
    ['gas_fee_value', '0.0'],
    ['min_transfer_coins_value', JSON.stringify(MIN_TRANSFER_COINS)],
    ['transaction_fee', '0'],
    ['transaction_fee_coins', '0'],
    ['transaction_fee_value', '0.0'],
    ['value', value],
    ['value_with_fee', value],
    ['value_without_fee', value],
  ];
}

/** A convert_coins answer for `coins` (the seed's field order), with the karma verdict when asked. */
export function quoteText(coins: bigint, extras: QuoteExtras = {}): string {
  const karma: Array<[string, string]> = extras.karma
    ? [
        ['karma_value', '80.0'],
        ['karma_value_lock_before', '50'],
        ['karma_value_unlock', '70'],
        ['karma_value_withdrawal_enabled', 'true'],
      ]
    : [];
  return rawSeedObject([...feeEntries(coins), ...karma]);
}

/** Coin units from a digit string or a safe whole number; null for anything else. */
export function coinUnits(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  return typeof value === 'string' && /^\d{1,78}$/.test(value) ? BigInt(value) : null;
}
