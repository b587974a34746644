/** An exact fraction n/d from a JSON number's text, e.g. 6.145e-21 → 6145/10^24. */
interface Fraction {
  n: bigint;
  d: bigint;
}

const NUMBER_TEXT = /^(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

function fractionOf(value: number): Fraction {
  const match = NUMBER_TEXT.exec(String(value));
  if (!match || value < 0) throw new RangeError(`not a non-negative number: ${value}`);
  const [, whole = '0', frac = '', exp = '0'] = match;
  const shift = Number(exp) - frac.length;
  const digits = BigInt(whole + frac);
  return shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : { n: digits, d: 10n ** BigInt(-shift) };
}

/**
 * The coins of a rebate: `percent` of `amountCents`, in coin base units at `pricePerUnit`
 * (the price of one base unit in the session's currency), rounded down. Exact: computed in
 * BigInt from the numbers' decimal text, never through a float product.
 *
 * Note: the seed's example (1000 cents, 15 %, 6.145e-21) gives 244100895036615134255 here,
 * the seed's 244100800000000000000 to its seven significant digits; the seed's own rounding
 * is unknown, and the example walk serves the seed's bytes anyway.
 */
export function rebateCoins(amountCents: number, percent: number, pricePerUnit: number): bigint {
  const pct = fractionOf(percent);
  const price = fractionOf(pricePerUnit);
  if (price.n === 0n) return 0n;
  // cents × pct/100 → cents of rebate; /100 → currency units; / price → base units.
  return (BigInt(amountCents) * pct.n * price.d) / (10_000n * pct.d * price.n);
}
