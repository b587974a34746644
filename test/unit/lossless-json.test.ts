import { describe, expect, it } from 'vitest';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toDecimal } from '../../src/mappers/values.js';

describe('parseLosslessJson', () => {
  it('keeps a number too large for a double as its digits (-1980490000000000000000)', () => {
    const parsed = parseLosslessJson('{"c": -1980490000000000000000}');
    expect(parsed).toEqual({ c: '-1980490000000000000000' });
  });

  it('keeps a 20-digit number inside an array', () => {
    expect(parseLosslessJson('[1, 12345678901234567890, 3]')).toEqual([1, '12345678901234567890', 3]);
  });

  it('keeps the first integer past 2^53 exactly', () => {
    expect(parseLosslessJson('[9007199254740993]')).toEqual(['9007199254740993']);
  });

  it('leaves safe numbers as numbers', () => {
    const parsed = parseLosslessJson('{"a": 0, "b": 195, "c": -42, "d": 0.1, "e": 9007199254740991, "f": 1234567890123456}');
    expect(parsed).toEqual({ a: 0, b: 195, c: -42, d: 0.1, e: 9007199254740991, f: 1234567890123456 });
  });

  it('leaves decimals that a double round-trips as numbers (0.04707192880000001)', () => {
    const parsed = parseLosslessJson('{"rate": 0.04707192880000001, "fee": 0.30000000000000004}') as Record<string, unknown>;
    expect(parsed.rate).toBe(0.04707192880000001);
    expect(typeof parsed.rate).toBe('number');
    expect(parsed.fee).toBe(0.30000000000000004);
  });

  it('keeps a decimal a double would round as its text', () => {
    expect(parseLosslessJson('[0.1000000000000000055511]')).toEqual(['0.1000000000000000055511']);
  });

  it('handles nesting: objects in arrays in objects, strings, booleans and nulls untouched', () => {
    const text = '{"list": [{"coins": "0", "amount": 2000000000000000000000, "n": 5, "ok": true, "x": null, "inner": {"big": [-1980490000000000000000]}}]}';
    expect(parseLosslessJson(text)).toEqual({
      list: [{ coins: '0', amount: '2000000000000000000000', n: 5, ok: true, x: null, inner: { big: ['-1980490000000000000000'] } }],
    });
  });

  it('does not touch long digit runs inside strings', () => {
    expect(parseLosslessJson('{"number": "5200828282828210", "n": 12}')).toEqual({ number: '5200828282828210', n: 12 });
  });

  it('gives the same results as JSON.parse for short texts (the fast path)', () => {
    const texts = [
      '{}',
      '[]',
      'null',
      'true',
      '"text"',
      '42',
      '-0.06',
      '{"currency": "aud", "cost": 195, "coin_rate": 0.1, "modules": ["product360", "reviews"], "hidden": false}',
      '[1, 2.5, -3, 0, "0", null, {"a": [true]}]',
      '{"error": "Unsupported version.", "error_data": null, "error_id": "payments-bad_version"}',
      '{"nested": {"deep": {"deeper": [[[1]]]}}}',
      '{"unicode": "\\u00e9\\n", "escaped": "a\\"b"}',
    ];
    for (const text of texts) expect(parseLosslessJson(text)).toEqual(JSON.parse(text));
  });

  it('throws on invalid JSON on both paths', () => {
    expect(() => parseLosslessJson('{"a": ')).toThrow();
    expect(() => parseLosslessJson('{"a": 12345678901234567890')).toThrow();
    expect(() => parseLosslessJson('<html>502 Bad Gateway</html>')).toThrow();
  });

  it('parses the same number token the same way whatever else the text holds', () => {
    // A 16-digit run anywhere (here a card number in a string) switches to the lossless path.
    const alone = parseLosslessJson('{"coins": 1e21}') as Record<string, unknown>;
    const withCard = parseLosslessJson('{"coins": 1e21, "number": "5200828282828210"}') as Record<string, unknown>;
    expect(withCard.coins).toEqual(alone.coins);
  });

  it('gives a value toDecimal can read for an exponent-form amount, on either path', () => {
    const alone = parseLosslessJson('{"coins": 2e21}') as Record<string, unknown>;
    const withCard = parseLosslessJson('{"coins": 2e21, "number": "5200828282828210"}') as Record<string, unknown>;
    expect(toDecimal(alone.coins)).toBe('2000000000000000000000');
    expect(toDecimal(withCard.coins)).toBe('2000000000000000000000');
  });

  it('never turns a number a double cannot hold into Infinity (1e400 on the fast path)', () => {
    const [value] = parseLosslessJson('[1e400]') as unknown[];
    expect(value).not.toBe(Infinity);
    expect(typeof value).toBe('string');
  });

  it('finds a risky number wherever a number token may start: the whole text, after a newline or tab, pretty-printed', () => {
    expect(parseLosslessJson('12345678901234567890')).toBe('12345678901234567890');
    expect(parseLosslessJson('{"a":\n\t12345678901234567890,"b":[\r\n1e400]}')).toEqual({ a: '12345678901234567890', b: [expect.any(String)] });
    const pretty = JSON.stringify({ list: [{ coins: 1, fee: 2 }] }, null, 2).replace('1', '-1980490000000000000000').replace('2', '1.5e3');
    expect(parseLosslessJson(pretty)).toEqual({ list: [{ coins: '-1980490000000000000000', fee: 1500 }] });
  });

  it('leaves quoted amounts and hex ids with an exponent-like run (2e9) as the strings they are', () => {
    const text = '{"coins":"9000000000000000000","id":"9f8e166a35a20dff1c2e92f506b1d76f95ab48cf","note":"ref 12345678901234567890","n":7}';
    expect(parseLosslessJson(text)).toEqual(JSON.parse(text));
  });

  it('tells a number-like run inside a string from a number: urn ids, and text that reads like a number list', () => {
    const ids = '{"id":"urn:authenticateit:transaction_request:3e27b9c1-0000","n":0.04707192880000001}';
    expect(parseLosslessJson(ids)).toEqual(JSON.parse(ids));
    const prose = '{"note":"a: 12345678901234567890, b","coins":12345678901234567890}';
    expect(parseLosslessJson(prose)).toEqual({ note: 'a: 12345678901234567890, b', coins: '12345678901234567890' });
  });
});
