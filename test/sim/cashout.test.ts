import { describe, expect, it } from 'vitest';
import { cashoutAccountsForWithdrawal } from '../../sim/cashout/withdrawal-entries.js';
import { balanceResponse } from '../../sim/fixtures/ethereum-balance.fixture.js';
import {
  addCashoutAccountRequest,
  addCashoutAccountResponse,
  cashoutBadVersionResponse,
  cashoutCountriesResponse,
  cashoutNoVersionRequest,
  cashoutTransferRequest,
  removeCashoutAccountsRequest,
  removeCashoutAccountsResponse,
  updateCashoutAccountRequest,
  updateCashoutAccountResponse,
} from '../../sim/fixtures/cashout-account.fixture.js';
import {
  cashoutAccountsResponse,
  cashoutQuoteNegativeResponse,
  cashoutQuoteNoFeeResponse,
  cashoutQuoteResponse,
  cashoutTransferResponse,
} from '../../sim/fixtures/cashout.fixture.js';
import { SimState } from '../../sim/state.js';
import { errorId, useSimulator } from './sim-client.js';

const ACCOUNT = '/cashout/account';
const TRANSFER = '/cashout/transfer';
const HISTORY = '/payments-service/user/ethereum/transfer/history';
const BALANCE = '/payments-service/user/ethereum/balance';
const PRIMARY = 'f50b74b3-8605-4985-af89-20cd0adfe89d';

const { call, control } = useSimulator();

const post = (path: string, body: unknown, method = 'POST') =>
  call(path, { ticket: 'demo-user', method, body: typeof body === 'string' ? body : JSON.stringify(body) });
const quote = (query: string) => call(`/cashout/convert_coins?${query}`, { ticket: 'demo-user' });
type Accounts = { accounts: Array<Record<string, string>> };

describe('cash-out accounts in the simulator', () => {
  it("answers the seed's examples byte for byte: countries, list, add, update, remove", async () => {
    expect(await (await call('/cashout/countries', { ticket: 'demo-user' })).text()).toBe(cashoutCountriesResponse);
    expect(await (await call(ACCOUNT, { ticket: 'demo-user' })).text()).toBe(cashoutAccountsResponse);
    expect(await (await post(ACCOUNT, updateCashoutAccountRequest, 'PUT')).text()).toBe(updateCashoutAccountResponse);
    expect(await (await post(`${ACCOUNT}/remove`, removeCashoutAccountsRequest)).text()).toBe(removeCashoutAccountsResponse);
    expect(await (await post(ACCOUNT, addCashoutAccountRequest)).text()).toBe(addCashoutAccountResponse);
    const list = (await (await call(ACCOUNT, { ticket: 'demo-user' })).json()) as Accounts;
    expect(list.accounts.map((a) => a.id)).toEqual([PRIMARY, '03192aaa-a314-4eed-9d1c-a42bf36cdb70']);
    expect(await (await call(ACCOUNT, { ticket: 'demo-participant' })).text()).toBe(cashoutAccountsResponse);
    expect((await call(ACCOUNT)).status).toBe(401);
  });

  it('refuses bad accounts with seed-shaped errors: a missing field, a country not allowed, an unknown id', async () => {
    const account = { country: '036', bank: 'B', name: 'N', bsb: '123456', account: '1' };
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', ACCOUNT, { account: { ...account, bank: undefined } }, 400, 'payments-bad_account'],
      ['POST', ACCOUNT, { account: { ...account, country: '840' } }, 400, 'payments-bad_country'],
      ['POST', ACCOUNT, { account: 'nope' }, 400, 'payments-bad_request'],
      ['PUT', ACCOUNT, { account, id: 'nope' }, 404, 'payments-cashout_account_not_found'],
      ['POST', `${ACCOUNT}/remove`, { accounts: [] }, 400, 'payments-bad_request'],
    ];
    for (const [method, path, body, status, id] of cases) {
      const res = await post(path, body, method);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(await errorId(res)).toBe(id);
    }
    expect(await (await call(ACCOUNT, { ticket: 'demo-user' })).text()).toBe(cashoutAccountsResponse);
  });

  it('gives the current accounts as withdrawal-list entries shaped like the seed\'s cashout_account', () => {
    const entries = cashoutAccountsForWithdrawal(new SimState(), 'demo-user');
    expect(entries.map((e) => JSON.parse(e) as Record<string, string>)).toEqual([
      expect.objectContaining({ id: '1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365', currency: 'AUD', type: 'cashout_account', account: '22334455' }),
      expect.objectContaining({ id: PRIMARY, currency: 'AUD', type: 'cashout_account', bank: 'Commonwealth' }),
    ]);
    expect(entries[1]).toBe(
      '{\n"account": "22334455",\n"bank": "Commonwealth",\n"bsb": "123456",\n"city": "Melbourne",\n"country": "036",\n"currency": "AUD",\n"description": "My primary account",\n"id": "f50b74b3-8605-4985-af89-20cd0adfe89d",\n"name": "John Smith",\n"type": "cashout_account"\n}',
    );
  });
});

describe('cash-out quotes in the simulator', () => {
  it("answers the seed's three examples byte for byte", async () => {
    expect(await (await quote('coins=10000000000000000000000&country=036&negative_values=true')).text()).toBe(cashoutQuoteNegativeResponse);
    expect(await (await quote('coins=1000000000000000000000&country=036&negative_values=true')).text()).toBe(cashoutQuoteNegativeResponse);
    expect(await (await quote('coins=2000000000000000000000000&country=036&negative_values=false')).text()).toBe(cashoutQuoteResponse);
    await control('POST', '/__sim/config', { cashoutFeeConfigured: false });
    expect(await (await quote('coins=1000000000000000000000&country=036')).text()).toBe(cashoutQuoteNoFeeResponse);
  });

  it('computes other amounts exactly, and shows no negative values unless asked', async () => {
    const enough = (await (await quote('coins=5000000000000000000000&country=036')).json()) as Record<string, unknown>;
    expect(enough).toMatchObject({
      coins: '5000000000000000000000',
      coins_with_fee: '5917090909090909090909',
      coins_without_fee: '4082909090909090909091',
      currency: 'AUD',
      fee_coins: '917090909090909090909',
      gas_fee_coins: '8000000000000000000',
      value_with_fee: 0.55,
      value_without_fee: 0.45,
      value: 0.45,
      fee_value: 0.1,
    });
    const small = (await (await quote('coins=500000000000000000000&country=036')).json()) as Record<string, unknown>;
    expect(small).toMatchObject({ value_with_fee: 0.05, value_without_fee: 0, value: 0, coins_without_fee: '0' });
    const negative = (await (await quote('coins=500000000000000000000&country=036&negative_values=true')).json()) as Record<string, unknown>;
    expect(negative).toMatchObject({ value: -0.05, value_without_fee: -0.05, coins_without_fee: '-417090909090909090909' });
  });

  it('refuses bad coins and a country not allowed', async () => {
    for (const [query, id] of [
      ['coins=0&country=036', 'payments-bad_coins'],
      ['coins=1.5&country=036', 'payments-bad_coins'],
      ['coins=1000&country=840', 'payments-bad_country'],
      ['coins=1000', 'payments-bad_country'],
    ] as const) {
      const res = await quote(query);
      expect(res.status, query).toBe(400);
      expect(await errorId(res)).toBe(id);
    }
  });
});

describe('cash-out requests in the simulator', () => {
  it("refuses a request without version v2 with the seed's own error bytes, and changes nothing", async () => {
    const res = await post(TRANSFER, cashoutNoVersionRequest);
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(cashoutBadVersionResponse);
    expect(await (await call(BALANCE, { ticket: 'demo-user' })).text()).toBe(balanceResponse);
  });

  it("answers the seed's v2 example with the seed's answer and lists it first in the history, pending", async () => {
    expect(await (await post(TRANSFER, cashoutTransferRequest)).text()).toBe(cashoutTransferResponse);
    const [first] = ((await (await call(HISTORY, { ticket: 'demo-user' })).json()) as { history: Array<Record<string, unknown>> }).history;
    expect(first).toMatchObject({ id: 'urn:authenticateit:transaction_request:5b22e550-2f75-4d79-a059-778f653c823f', type: 'cashout', status: 'pending', coins: '43609000000000000000000' });
  });

  it('takes a new cash-out (coins and, when asked, the fee in coins) off the profile coins, exactly', async () => {
    const account = { id: PRIMARY, country: '036', account: '22334455', bank: 'Commonwealth', bsb: '123456', name: 'John Smith' };
    const res = await post(TRANSFER, { account, coins: '1000000000000000000000', version: 'v2', pay_fee_with_coins: true });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as Record<string, unknown> & { fee: Record<string, unknown> };
    expect(answer).toMatchObject({ status: 'pending', stored_account: PRIMARY, converted_value: 0.11, coins: '1917090909090909090909', currency: 'aud', hash: null });
    expect(answer.fee).toMatchObject({ coins: '1000000000000000000000', pay_fee_with_coins: true, fee_value: 0.1 });
    expect(answer.coins).toBe(answer.fee.coins_with_fee);
    const balance = (await (await call(BALANCE, { ticket: 'demo-user' })).json()) as { account_coins: string };
    expect(BigInt(balance.account_coins)).toBe(1949979999999999999934n - BigInt(answer.coins as string));
  });

  it('refuses too many coins, too few for the fee and a malformed account', async () => {
    const account = { id: PRIMARY, country: '036', account: '22334455' };
    const cases: Array<[unknown, string]> = [
      [{ account, coins: '1949979999999999999935', version: 'v2' }, 'payments-insufficient_funds'],
      [{ account, coins: '1000000000000000000', version: 'v2' }, 'payments-bad_coins'],
      [{ account: { id: PRIMARY }, coins: '1000', version: 'v2' }, 'payments-bad_account'],
      [{ account, coins: '-5', version: 'v2' }, 'payments-bad_coins'],
      [{ account, coins: '1000', version: 'v1' }, 'payments-bad_version'],
    ];
    for (const [body, id] of cases) {
      const res = await post(TRANSFER, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorId(res)).toBe(id);
    }
    expect(await (await call(BALANCE, { ticket: 'demo-user' })).text()).toBe(balanceResponse);
  });
});
