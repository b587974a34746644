import { describe, expect, it } from 'vitest';
import * as Q from '../../sim/fixtures/withdrawal-quote.fixture.js';
import { toFiatValue, toWithdrawalQuoteRequest } from '../../src/mappers/withdrawal-quote.mapper.js';
import { WithdrawalAccountKind } from '../../src/types/withdrawal-account.interface.js';

describe('toWithdrawalQuoteRequest', () => {
  it("builds the seed's five example requests (by value: 1.00 goes out as the JSON number 1)", () => {
    const cases = [
      [{ accountId: '74848b0833808eeb326b5c210440d4a9512b5996', value: '1.00', negativeValues: true, accountKind: WithdrawalAccountKind.POLONIEX, includeKarma: true }, Q.poloniexValueQuoteRequest],
      [{ accountId: '808c8461-590c-4686-9214-b3f90bc6f912', value: '1.00', negativeValues: true, accountKind: WithdrawalAccountKind.COINBASE, includeKarma: true }, Q.coinbaseValueQuoteRequest],
      [{ accountId: '80bc50eb-1111-2222-91f1-33dd27d6e519', coins: '10000000000000000000', accountKind: WithdrawalAccountKind.COINBASE, includeKarma: true }, Q.coinbaseCoinsQuoteRequest],
      [{ accountId: '3ae78d2c-8395-4440-9bf0-5205befb4c13', coins: '10000000000000000000', accountKind: WithdrawalAccountKind.CASHOUT }, Q.cashoutCoinsQuoteRequest],
      [{ coins: '10000000000000000000', negativeValues: false, includeKarma: false }, Q.coinsQuoteRequest],
    ] as const;
    for (const [input, request] of cases) expect(toWithdrawalQuoteRequest(input)).toEqual(JSON.parse(request));
  });

  it('names the account type of every kind', () => {
    const types = Object.values(WithdrawalAccountKind).map((accountKind) => toWithdrawalQuoteRequest({ coins: '1', accountKind }).type);
    expect(types).toEqual(['cashout_account', 'coinbase_account', 'ethereum_account', 'poloniex_account']);
  });

  it('refuses, as BAD_USER_INPUT, neither or both of coins and value, zero, an id without its kind, a bad id', () => {
    const bad = [
      {},
      { coins: '1', value: '1' },
      { coins: '0' },
      { coins: '-5' },
      { value: '0.00' },
      { coins: '1', accountId: 'abc' },
      { coins: '1', accountId: 'a b', accountKind: WithdrawalAccountKind.CASHOUT },
    ];
    for (const input of bad) expect(() => toWithdrawalQuoteRequest(input), JSON.stringify(input)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
  });
});

describe('toFiatValue', () => {
  it('keeps every digit of a value a double holds exactly, and refuses one it would round', () => {
    expect(toFiatValue('219.03')).toBe(219.03);
    expect(String(toFiatValue('123456789012.345'))).toBe('123456789012.345');
    expect(toFiatValue('0.000000000000001')).toBe(1e-15);
    for (const text of ['1234567890123.45', '1.0000000000000001', '0', '-1']) expect(() => toFiatValue(text), text).toThrow();
  });
});
