import { DECIMAL_TEXT, SCIENTIFIC_TEXT } from './patterns.js';

function trimZeros(sign: string, whole: string, frac: string): string {
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  const text = f ? `${w}.${f}` : w;
  return text === '0' ? '0' : `${sign}${text}`;
}

/**
 * The plain decimal text of a number's text, without going through a float: "1e21" →
 * "1000000000000000000000", "-1.5E3" → "-1500", "5e-7" → "0.0000005". Plain decimals come
 * back unchanged; anything that is not a number gives null.
 */
export function toPlainDecimal(text: string): string | null {
  if (DECIMAL_TEXT.test(text)) return text;
  const match = SCIENTIFIC_TEXT.exec(text);
  if (!match) return null;
  const [, sign = '', whole = '', frac = '', expText = '0'] = match;
  const exp = Number(expText);
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 10_000) return null;
  const digits = whole + frac;
  const point = whole.length + exp;
  if (point <= 0) return trimZeros(sign, '0', '0'.repeat(-point) + digits);
  if (point >= digits.length) return trimZeros(sign, digits + '0'.repeat(point - digits.length), '');
  return trimZeros(sign, digits.slice(0, point), digits.slice(point));
}

/** A plain decimal split into sign, whole digits without leading zeros and fraction without trailing ones. */
function parts(text: string): { negative: boolean; whole: string; frac: string } {
  if (!DECIMAL_TEXT.test(text)) throw new RangeError(`not a plain decimal: ${JSON.stringify(text)}`);
  const negative = text.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? text.slice(1) : text).split('.');
  const w = whole.replace(/^0+/, '');
  const f = frac.replace(/0+$/, '');
  // "-0" and "-0.00" are zero: zero has no sign.
  return { negative: negative && (w !== '' || f !== ''), whole: w, frac: f };
}

/**
 * Compares two plain decimal strings exactly (-1, 0 or 1), digit by digit: "195" and
 * "195.0000000000000001" differ, "195" and "195.00" do not. Note: money is never compared
 * through `Number`, which would call those first two equal.
 */
export function compareDecimals(a: string, b: string): -1 | 0 | 1 {
  const x = parts(a);
  const y = parts(b);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  const sign = x.negative ? -1 : 1;
  let order = 0;
  if (x.whole.length !== y.whole.length) order = x.whole.length < y.whole.length ? -1 : 1;
  else if (x.whole !== y.whole) order = x.whole < y.whole ? -1 : 1;
  else {
    const width = Math.max(x.frac.length, y.frac.length);
    const fx = x.frac.padEnd(width, '0');
    const fy = y.frac.padEnd(width, '0');
    if (fx !== fy) order = fx < fy ? -1 : 1;
  }
  return (order * sign) as -1 | 0 | 1;
}

/** True when a plain decimal string is exactly zero ("0", "0.00", "-0"); "1e-331" written out is not. */
export function isZeroDecimal(text: string): boolean {
  const { whole, frac } = parts(text);
  return whole === '' && frac === '';
}
