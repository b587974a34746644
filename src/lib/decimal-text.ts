const PLAIN = /^-?\d+(\.\d+)?$/;
const SCIENTIFIC = /^(-?)(\d+)(?:\.(\d+))?[eE]([+-]?\d+)$/;

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
  if (PLAIN.test(text)) return text;
  const match = SCIENTIFIC.exec(text);
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
