import { describe, expect, it } from 'vitest';
import { cashoutAccountsResponse } from '../../sim/fixtures/cashout.fixture.js';
import { coinbaseAccountsResponse, coinbaseDisconnectResponse } from '../../sim/fixtures/coinbase.fixture.js';
import { poloniexAccountsResponse, poloniexAddResponse } from '../../sim/fixtures/poloniex.fixture.js';
import { withdrawalAccountsResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import { isCashoutAccountDto } from '../../src/datasources/payments/cashout.guards.js';
import { isCoinbaseAccountDto, isPoloniexAccountDto } from '../../src/datasources/payments/exchanges.guards.js';
import { isWithdrawalAccountDto, isWithdrawalAccountsDto } from '../../src/datasources/payments/withdrawals.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { toCashoutAccount, toCoinbaseAccount, toPoloniexAccount, toWithdrawalAccount } from '../../src/mappers/withdrawal-account.mapper.js';

const accounts = (text: string): unknown[] => (parseLosslessJson(text) as { accounts: unknown[] }).accounts;

describe('toWithdrawalAccount on the withdrawal account list', () => {
  it('gives one account of each kind, currency upper-cased, `account` as accountNumber', () => {
    const dto = parseLosslessJson(withdrawalAccountsResponse);
    expect(isWithdrawalAccountsDto(dto)).toBe(true);
    const list = accounts(withdrawalAccountsResponse).filter(isWithdrawalAccountDto).map(toWithdrawalAccount);
    expect(list).toEqual([
      {
        id: '80bc50eb-1111-2222-91f1-33dd27d6e519',
        kind: 'COINBASE',
        currency: 'AUD',
        email: 'foo@gmail.com',
        name: 'user surname',
        username: null,
        avatarUrl: 'https://images.coinbase.com/avatar?h=61f710805a65551207c9d7byjafcxQzYPjMprN0R71t%2BVpkJP2t60hwR92vM%0Ah7X%2F&s=128',
        resourcePath: '/v2/users/80bc50eb-246a-5f8c-91f1-33dd27d6e519',
        connectedAt: '2022-04-29T07:10:31Z',
        inactive: false,
      },
      {
        id: '3ae78d2c-8395-4440-9bf0-5205befb4c13',
        kind: 'CASHOUT',
        currency: 'AUD',
        country: '036',
        city: null,
        bank: 'Fffff',
        name: 'Hhh',
        bsb: '222222',
        accountNumber: '999999999',
        postcode: '4444',
        description: null,
      },
      {
        id: '0x189050cCB230595ce8376A9606319cD906B29A0f',
        kind: 'ETHEREUM',
        currency: 'AUD',
        address: '0x189050cCB230595ce8376A9606319cD906B29A0f',
        description: 'tttt11',
        addedAt: '2019-03-05T04:07:36Z',
      },
      {
        id: '1a8d8468d1ae2ec10c5233481d2b66ca233eb938',
        kind: 'POLONIEX',
        currency: 'AUD',
        address: '0x3cA5F489cC1fd1CeC24747B64E8de0f4A6A850e3',
        description: 'Test desc',
        status: 'pending',
        isNew: null,
        addedAt: '2022-12-30T06:12:30Z',
      },
    ]);
  });

  it('lets an account of a kind added later through the list guard, but not a broken known one', () => {
    const [first, second] = accounts(withdrawalAccountsResponse) as Array<Record<string, unknown>>;
    expect(isWithdrawalAccountsDto({ accounts: [first, { type: 'paypal_account', id: 'p1' }] })).toBe(true);
    expect(isWithdrawalAccountsDto({ accounts: [{ ...second, account: undefined }] })).toBe(false);
    expect(isWithdrawalAccountsDto({ accounts: [{ id: 'no-type' }] })).toBe(false);
  });
});

describe('the account lists of each kind', () => {
  it('maps the cash-out accounts', () => {
    const list = accounts(cashoutAccountsResponse);
    expect(list.every(isCashoutAccountDto)).toBe(true);
    expect(list.filter(isCashoutAccountDto).map(toCashoutAccount)[1]).toEqual({
      id: 'f50b74b3-8605-4985-af89-20cd0adfe89d',
      kind: 'CASHOUT',
      currency: null,
      country: '036',
      city: 'Melbourne',
      bank: 'Commonwealth',
      name: 'John Smith',
      bsb: '123456',
      accountNumber: '22334455',
      postcode: null,
      description: 'My primary account',
    });
  });

  it('maps Coinbase accounts, `inactive` only where the upstream says so', () => {
    const [connected] = accounts(coinbaseAccountsResponse).filter(isCoinbaseAccountDto).map(toCoinbaseAccount);
    expect(connected).toMatchObject({ id: '80bc50eb-246a-5f8c-91f1-33dd27d6e519', inactive: false, connectedAt: '2022-04-29T02:11:35Z', currency: null });
    const [disconnected] = accounts(coinbaseDisconnectResponse).filter(isCoinbaseAccountDto).map(toCoinbaseAccount);
    expect(disconnected).toMatchObject({ inactive: true });
  });

  it('maps Poloniex accounts with status and is_new (absent is null, not false)', () => {
    const list = accounts(poloniexAccountsResponse).filter(isPoloniexAccountDto).map(toPoloniexAccount);
    expect(list.map((a) => [a.status, a.isNew])).toEqual([['pending', null], ['success', true], ['failure', false]]);
    expect(accounts(poloniexAddResponse).every(isPoloniexAccountDto)).toBe(true);
    expect(isPoloniexAccountDto({ id: 'x', address: 'not an address' })).toBe(false);
  });
});
