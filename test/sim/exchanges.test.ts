import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { coinbaseAccountsResponse, coinbaseDisconnectResponse, coinbaseQuoteResponse, coinbaseTransferResponse } from '../../sim/fixtures/coinbase.fixture.js';
import { balanceResponse } from '../../sim/fixtures/ethereum-balance.fixture.js';
import { poloniexAccountsResponse, poloniexTransferResponse } from '../../sim/fixtures/poloniex.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const COINBASE = '/payments-service/coinbase';
const POLONIEX = '/payments-service/poloniex';
const WITHDRAWAL_ACCOUNTS = '/payments-service/withdrawal/account';
const HISTORY = '/payments-service/user/ethereum/transfer/history';
const COINBASE_ID = '80bc50eb-246a-5f8c-91f1-33dd27d6e519';
const NEW_ADDRESS = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';

const { call, control, stats } = useSimulator();

const post = (path: string, body: unknown, ticket = 'demo-user', method = 'POST') =>
  call(path, { ticket, method, body: typeof body === 'string' ? body : JSON.stringify(body) });
const json = async <T = Record<string, unknown>>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T;
const ids = (list: { accounts: Array<{ id: string }> }) => list.accounts.map((a) => a.id);

describe('Coinbase in the simulator', () => {
  it("serves the seed's accounts to every session and answers the seed's disconnect example byte for byte; the account is then gone", async () => {
    for (const ticket of ['demo-user', 'demo-participant', 'demo-system']) expect(await (await call(`${COINBASE}/account`, { ticket })).text()).toBe(coinbaseAccountsResponse);
    expect((await call(`${COINBASE}/account`)).status).toBe(401);
    const res = await post(`${COINBASE}/account/remove`, `{\n"accounts": [ "${COINBASE_ID}" ]\n}`);
    expect(await res.text()).toBe(coinbaseDisconnectResponse);
    expect(await json(call(`${COINBASE}/account`, { ticket: 'demo-user' }))).toEqual({ accounts: [] });
    const withdrawal = await json<{ accounts: Array<{ type: string }> }>(call(WITHDRAWAL_ACCOUNTS, { ticket: 'demo-user' }));
    expect(withdrawal.accounts.map((a) => a.type)).not.toContain('coinbase_account');
    // Another user's accounts are untouched.
    expect(await (await call(`${COINBASE}/account`, { ticket: 'demo-participant' })).text()).toBe(coinbaseAccountsResponse);
  });

  it('ignores unknown ids and refuses a disconnect without ids', async () => {
    const res = await json<{ accounts: Array<{ id: string; inactive?: boolean }> }>(post(`${COINBASE}/account/remove`, { accounts: ['nope'] }));
    expect(res.accounts).toEqual([expect.objectContaining({ id: COINBASE_ID })]);
    expect(res.accounts[0]!.inactive).toBeUndefined();
    for (const body of [{}, { accounts: [] }, { accounts: [1] }]) {
      const bad = await post(`${COINBASE}/account/remove`, body);
      expect(bad.status).toBe(400);
      expect(await errorId(bad)).toBe('payments-bad_ids');
    }
  });

  it("quotes the seed's example coins with the seed's answer, others at the same rate; bad coins are refused", async () => {
    expect(await (await call(`${COINBASE}/convert_coins?coins=100000000000000000000000`, { ticket: 'demo-user' })).text()).toBe(coinbaseQuoteResponse);
    const quote = await json(call(`${COINBASE}/convert_coins?coins=200000000000000000000000&negative_values=true`, { ticket: 'demo-user' }));
    expect(quote).toMatchObject({ coins: '200000000000000000000000', currency: 'AUD', value: 54.26 });
    for (const coins of ['0', '-1', '1.5', '']) {
      const bad = await call(`${COINBASE}/convert_coins?coins=${coins}`, { ticket: 'demo-user' });
      expect(await errorId(bad)).toBe('payments-bad_coins');
    }
  });

  it("answers the seed's example transfer byte for byte and records it: history first and pending, coins off the profile", async () => {
    const res = await post(`${COINBASE}/transfer`, `{\n"coins" : "100000000000000000",\n"id": "${COINBASE_ID}",\n"pay_fee_with_coins": true\n}`);
    expect(await res.text()).toBe(coinbaseTransferResponse);
    const [first] = (await json<{ history: Array<Record<string, unknown>> }>(call(HISTORY, { ticket: 'demo-user' }))).history;
    expect(first).toMatchObject({ id: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e', type: 'coinbase', status: 'pending' });
    expect(first!.fee_summary).toMatchObject({ pay_fee_with_coins: true });
    const balance = await json<{ account_coins: string }>(call('/payments-service/user/ethereum/balance', { ticket: 'demo-user' }));
    const seed = JSON.parse(balanceResponse) as { account_coins: string };
    expect(BigInt(balance.account_coins)).toBe(BigInt(seed.account_coins) - 100000000000000000n);
  });

  it("refuses with the seed's Coinbase errors: an account without stored tokens, and expired tokens (config switch)", async () => {
    const unknown = await post(`${COINBASE}/transfer`, { coins: '1', id: 'nope' });
    expect([unknown.status, await errorId(unknown)]).toEqual([400, 'payments-coinbase_no_stored_tokens']);
    await post(`${COINBASE}/account/remove`, { accounts: [COINBASE_ID] });
    const disconnected = await post(`${COINBASE}/transfer`, { coins: '1', id: COINBASE_ID });
    expect(await errorId(disconnected)).toBe('payments-coinbase_no_stored_tokens');
    expect((await control('POST', '/__sim/config', { coinbaseTokensExpired: true })).status).toBe(200);
    const expired = await call(`${COINBASE}/account`, { ticket: 'demo-user' });
    expect(await json(expired)).toEqual({
      error: "Can't get tokens by refresh token.",
      error_data: null,
      error_id: 'payments-coinbase_no_tokens_by_refresh_token',
      error_object: null,
    });
    expect((await json<{ history: unknown[] }>(call(HISTORY, { ticket: 'demo-user' }))).history).toHaveLength(9);
  });

  it('refuses bad transfer bodies and a transfer beyond the profile coins, changing nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ coins: '0', id: COINBASE_ID }, 'payments-bad_coins'],
      [{ coins: '1.5', id: COINBASE_ID }, 'payments-bad_coins'],
      [{ coins: '1' }, 'payments-bad_request'],
      [{ coins: '1', id: COINBASE_ID, pay_fee_with_coins: 'yes' }, 'payments-bad_request'],
      [{ coins: '10000000000000000000000000', id: COINBASE_ID }, 'payments-insufficient_funds'],
    ];
    for (const [body, id] of cases) expect(await errorId(await post(`${COINBASE}/transfer`, body)), JSON.stringify(body)).toBe(id);
    expect((await json<{ history: unknown[] }>(call(HISTORY, { ticket: 'demo-user' }))).history).toHaveLength(9);
  });
});

describe('Poloniex in the simulator', () => {
  it("serves the seed's accounts and answers the seed's update and remove examples as the seed has them", async () => {
    expect(await (await call(`${POLONIEX}/account`, { ticket: 'demo-user' })).text()).toBe(poloniexAccountsResponse);
    const updated = poloniexAccountsResponse.replace('"description": "Test desc",\n"id": "48d8', '"description": "Updated test desc",\n"id": "48d8');
    const update = await post(`${POLONIEX}/account`, '{\n"id": "48d8909fbf42cc6bbed4dd47eeaf203cb2a65634",\n"description": "Updated test desc"\n}', 'demo-user', 'PUT');
    expect(await update.text()).toBe(updated);
    const remove = await post(`${POLONIEX}/account/remove`, '{\n"ids": ["d379e3d9b0f2d3f92db92dfbe070a2bc73554cdc"]\n}');
    expect(await remove.text()).toBe(updated);
  });

  it('adds an address first (id = SHA-1 of its checksummed form), in both lists; a removed one is gone from both', async () => {
    const added = await json<{ accounts: Array<Record<string, unknown>> }>(post(`${POLONIEX}/account`, { address: NEW_ADDRESS.toLowerCase(), description: 'mine' }));
    expect(added.accounts[0]).toMatchObject({ address: NEW_ADDRESS, description: 'mine', id: createHash('sha1').update(NEW_ADDRESS).digest('hex'), is_new: true, status: 'pending' });
    const id = String(added.accounts[0]!.id);
    expect(ids(await json(call(`${POLONIEX}/account`, { ticket: 'demo-user' })))).toEqual([id, '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634', '69b83263fbdbaa4ebf49d59ea98540a3ce77be96', '1a8d8468d1ae2ec10c5233481d2b66ca233eb938']);
    expect(ids(await json(call(WITHDRAWAL_ACCOUNTS, { ticket: 'demo-user' })))).toContain(id);
    // The same address again is the same account, with the new description.
    const again = await json<{ accounts: Array<Record<string, unknown>> }>(post(`${POLONIEX}/account`, { address: NEW_ADDRESS, description: 'renamed' }));
    expect(again.accounts.filter((a) => a.id === id)).toEqual([expect.objectContaining({ description: 'renamed' })]);
    const left = await json<{ accounts: Array<{ id: string }> }>(post(`${POLONIEX}/account/remove`, { ids: [id] }));
    expect(ids(left)).not.toContain(id);
    expect(ids(await json(call(WITHDRAWAL_ACCOUNTS, { ticket: 'demo-user' })))).not.toContain(id);
  });

  it('refuses a bad address, a bad description, an unknown id to update and an empty removal', async () => {
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', `${POLONIEX}/account`, { address: '0x12' }, 400, 'payments-bad_address'],
      ['POST', `${POLONIEX}/account`, { address: '0x5AAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' }, 400, 'payments-bad_address'],
      ['POST', `${POLONIEX}/account`, { address: NEW_ADDRESS, description: 'x'.repeat(257) }, 400, 'payments-bad_description'],
      ['PUT', `${POLONIEX}/account`, { id: 'nope', description: 'x' }, 404, 'payments-poloniex_account_not_found'],
      ['POST', `${POLONIEX}/account/remove`, { ids: [] }, 400, 'payments-bad_ids'],
    ];
    for (const [method, path, body, status, id] of cases) {
      const res = await post(path, body, 'demo-user', method);
      expect([res.status, await errorId(res)], JSON.stringify(body)).toEqual([status, id]);
    }
    expect(await (await call(`${POLONIEX}/account`, { ticket: 'demo-user' })).text()).toBe(poloniexAccountsResponse);
  });

  it("answers the seed's example transfer byte for byte; another goes to one of the user's accounts or is a 404", async () => {
    const example = await post(`${POLONIEX}/transfer`, '{\n"coins" : "6476680000000000000",\n"id": "9f8e166a35a20dff1c2e92f506b1d76f95ab48cf",\n"pay_fee_with_coins": false\n}');
    expect(await example.text()).toBe(poloniexTransferResponse);
    const own = await json<Record<string, unknown>>(post(`${POLONIEX}/transfer`, { coins: '5000000000000000000', id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634' }));
    expect(own).toMatchObject({ coins: '5000000000000000000', status: 'pending', hash: null, account: { id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634' } });
    const unknown = await post(`${POLONIEX}/transfer`, { coins: '1', id: 'nope' });
    expect([unknown.status, await errorId(unknown)]).toEqual([404, 'payments-poloniex_account_not_found']);
    const history = (await json<{ history: Array<{ id: string; type: string }> }>(call(HISTORY, { ticket: 'demo-user' }))).history;
    expect(history.slice(0, 2).map((r) => [r.id, r.type])).toEqual([
      [own.id, 'poloniex'],
      ['urn:authenticateit:transaction_request:27b0801a-9eb9-4cf0-a5e6-8242b8ff8aee', 'poloniex'],
    ]);
    expect((await stats())[`POST ${POLONIEX}/transfer`]).toBe(3);
  });
});
