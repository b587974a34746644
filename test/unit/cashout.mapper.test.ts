import { describe, expect, it } from 'vitest';
import { cashoutCountriesResponse, updateCashoutAccountResponse } from '../../sim/fixtures/cashout-account.fixture.js';
import { cashoutAccountsResponse } from '../../sim/fixtures/cashout.fixture.js';
import { isCashoutAccountListDto, isCashoutCountriesDto } from '../../src/datasources/payments/cashout.guards.js';
import { BadUserInputError } from '../../src/errors/gateway-errors.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toCashoutAccountIds, toCashoutAccountRequest } from '../../src/mappers/cashout-account-input.mapper.js';
import { toCashoutIntent, toCashoutRequest } from '../../src/mappers/cashout-request.mapper.js';
import { toCashoutAccounts, toCashoutCountries, toCashoutQuoteQuery } from '../../src/mappers/cashout.mapper.js';

const accounts = (() => {
  const dto = parseLosslessJson(cashoutAccountsResponse);
  if (!isCashoutAccountListDto(dto)) throw new Error('the guard refused a seed example');
  return dto;
})();
const PRIMARY = 'f50b74b3-8605-4985-af89-20cd0adfe89d';
const input = { country: '036', city: 'Melbourne', bank: 'Test BN', name: 'John Smith', bsb: '123456', accountNumber: '22334455', description: 'My second account' };

describe('cash-out mappers on the seed examples', () => {
  it('map the countries with upper-case currencies', () => {
    const dto = parseLosslessJson(cashoutCountriesResponse);
    expect(isCashoutCountriesDto(dto) && toCashoutCountries(dto)).toEqual([{ country: '036', currency: 'AUD' }]);
  });

  it('map the account lists in order, `account` as accountNumber', () => {
    expect(toCashoutAccounts(accounts).map((a) => [a.id, a.bank, a.accountNumber, a.kind])).toEqual([
      ['1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365', 'SB', '22334455', 'CASHOUT'],
      [PRIMARY, 'Commonwealth', '22334455', 'CASHOUT'],
    ]);
    const updated = parseLosslessJson(updateCashoutAccountResponse);
    expect(isCashoutAccountListDto(updated) && toCashoutAccounts(updated)[0]!.description).toBe('New descritpion test');
    expect(isCashoutAccountListDto({ accounts: [{ id: 'x', country: '036' }] })).toBe(false);
  });

  it("build the seed's account request from the graph's input; blank optionals left out", () => {
    expect(toCashoutAccountRequest(input)).toEqual({
      country: '036', city: 'Melbourne', bank: 'Test BN', name: 'John Smith', bsb: '123456', account: '22334455', description: 'My second account',
    });
    expect(toCashoutAccountRequest({ ...input, city: ' ', description: null, postcode: ' 3000 ' })).toEqual({
      country: '036', bank: 'Test BN', name: 'John Smith', bsb: '123456', account: '22334455', postcode: '3000',
    });
    for (const bad of [{ country: 'AU' }, { bank: '' }, { bsb: '12/34' }, { accountNumber: 'x'.repeat(35) }, { name: 'a\tb' }, { postcode: 'x'.repeat(17) }]) {
      expect(() => toCashoutAccountRequest({ ...input, ...bad }), JSON.stringify(bad)).toThrow(BadUserInputError);
    }
    expect(toCashoutAccountIds(['a', 'a', 'b'])).toEqual(['a', 'b']);
    expect(() => toCashoutAccountIds(['a b'])).toThrow(BadUserInputError);
  });

  it('build a quote query: coins above 0, negative values only when asked', () => {
    expect(toCashoutQuoteQuery('010000000000000000000000', '036', true)).toEqual({ coins: '10000000000000000000000', country: '036', negative_values: true });
    expect(toCashoutQuoteQuery('1', '036', null)).toEqual({ coins: '1', country: '036', negative_values: false });
    expect(() => toCashoutQuoteQuery('0', '036', false)).toThrow(BadUserInputError);
  });
});

describe('the cash-out request', () => {
  it('always says version v2 and pay_fee_with_coins, and sends the stored account as listed', () => {
    const intent = toCashoutIntent({ accountId: PRIMARY, coins: '30000000000000000000000', payFeeWithCoins: null });
    expect(intent).toEqual({ account_id: PRIMARY, coins: '30000000000000000000000', pay_fee_with_coins: false, version: 'v2' });
    expect(toCashoutRequest(intent, accounts)).toEqual({
      account: { account: '22334455', bank: 'Commonwealth', bsb: '123456', city: 'Melbourne', country: '036', description: 'My primary account', id: PRIMARY, name: 'John Smith' },
      coins: '30000000000000000000000',
      pay_fee_with_coins: false,
      version: 'v2',
    });
  });

  it('refuses an account the user does not have, and bad coins or keys, as BAD_USER_INPUT', () => {
    const intent = toCashoutIntent({ accountId: 'ab97eff9-1ef5-4612-95ea-b557d9b106fe', coins: '1', payFeeWithCoins: true });
    expect(() => toCashoutRequest(intent, accounts)).toThrow(/accountId/);
    expect(() => toCashoutIntent({ accountId: PRIMARY, coins: '-1' })).toThrow(BadUserInputError);
    expect(() => toCashoutIntent({ accountId: PRIMARY, coins: '1', idempotencyKey: 'a key' })).toThrow(/idempotencyKey/);
  });
});
