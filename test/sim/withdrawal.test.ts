import { describe, expect, it } from 'vitest';
import { withdrawalLimitsResponse } from '../../sim/fixtures/withdrawal-limits.fixture.js';
import * as Q from '../../sim/fixtures/withdrawal-quote.fixture.js';
import { earningsStatementResponse, withdrawalHistoryResponse } from '../../sim/fixtures/withdrawal.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const W = '/payments-service/withdrawal';
const SEED_CHUNK = 'urn:authenticateit:transactions_history_chunk:2222222-4785-4bf9-b55d-30d4f1d86c7b';
const OLDER_CHUNK = 'urn:authenticateit:transactions_history_chunk:b5bdd04d-4785-4bf9-b55d-30d4f1d86c7b';

const { call } = useSimulator();

const post = (path: string, body: unknown, ticket = 'demo-user') =>
  call(path, { ticket, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('withdrawals in the simulator', () => {
  it("serves the seed's limits and earnings statement byte for byte (-119088159031979250176 included)", async () => {
    expect(await (await call(`${W}/limits`, { ticket: 'demo-user' })).text()).toBe(withdrawalLimitsResponse);
    const earnings = await (await call(`${W}/earnings/statement`, { ticket: 'demo-user' })).text();
    expect(earnings).toBe(earningsStatementResponse);
    expect(earnings).toContain('"earn_coins": "-119088159031979250176"');
    expect((await call(`${W}/limits`)).status).toBe(401);
  });

  it("composes the account list from each kind's state, in the seed's order of kinds: the user's own cash-out accounts and wallet addresses too", async () => {
    const list = (await (await call(`${W}/account`, { ticket: 'demo-user' })).json()) as { accounts: Array<{ id: string; type: string; currency: string }>; allowed_transfer_types: string[] };
    expect(list.accounts.map((a) => [a.type, a.id])).toEqual([
      ['coinbase_account', '80bc50eb-246a-5f8c-91f1-33dd27d6e519'],
      // GET /cashout/account's and GET /user/ethereum/addresses' seed entries: one list agrees with the others.
      ['cashout_account', '1d1af3aa-5d62-49d5-a0d7-9e1a3f34c365'],
      ['cashout_account', 'f50b74b3-8605-4985-af89-20cd0adfe89d'],
      ['ethereum_account', '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2'],
      ['poloniex_account', '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634'],
      ['poloniex_account', '69b83263fbdbaa4ebf49d59ea98540a3ce77be96'],
      ['poloniex_account', '1a8d8468d1ae2ec10c5233481d2b66ca233eb938'],
    ]);
    expect(new Set(list.accounts.map((a) => a.currency))).toEqual(new Set(['AUD']));
    expect(list.allowed_transfer_types).toEqual(['coinbase', 'cashout', 'poloniex']);
    expect(list.accounts[1]).toMatchObject({ type: 'cashout_account', account: '22334455', bank: 'SB', country: '036', currency: 'AUD' });
  });

  it("pages the history in chunks: the first is the seed's (byte for byte, with or without its id), its next is the last", async () => {
    expect(await (await post(`${W}/history/get`, {})).text()).toBe(withdrawalHistoryResponse);
    expect(await (await post(`${W}/history/get`, `{\n"chunk_id" : "${SEED_CHUNK}"\n}`)).text()).toBe(withdrawalHistoryResponse);
    const older = (await (await post(`${W}/history/get`, { chunk_id: OLDER_CHUNK })).json()) as { history: Array<{ type: string }>; next: null };
    expect(older.next).toBeNull();
    expect(older.history.map((r) => r.type)).toEqual(['cashout', 'cashout', 'cashout']);
    for (const body of [{ chunk_id: 'urn:nope' }, { chunk_id: 7 }]) expect(await errorId(await post(`${W}/history/get`, body))).toBe('payments-bad_chunk_id');
  });

  it("puts the user's own exchange transfers in a first chunk of their own, pointing at the seed's", async () => {
    const transfer = (await (await post('/payments-service/poloniex/transfer', { coins: '1000', id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634' })).json()) as { id: string };
    const first = (await (await post(`${W}/history/get`, {})).json()) as { history: Array<{ id: string; type: string; fee_summary: unknown }>; next: string };
    expect(first.history.map((r) => [r.id, r.type])).toEqual([[transfer.id, 'poloniex']]);
    expect(first.history[0]!.fee_summary).toMatchObject({ coins: '1000' });
    expect(first.next).toBe(SEED_CHUNK);
    expect(await (await post(`${W}/history/get`, {}, 'demo-participant')).text()).toBe(withdrawalHistoryResponse);
  });

  it("answers each of the seed's five quote requests with its answer byte for byte (-1980490000000000000000 a JSON number)", async () => {
    const pairs = [
      [Q.poloniexValueQuoteRequest, Q.poloniexValueQuoteResponse],
      [Q.coinbaseValueQuoteRequest, Q.coinbaseValueQuoteResponse],
      [Q.coinbaseCoinsQuoteRequest, Q.coinbaseCoinsQuoteResponse],
      [Q.cashoutCoinsQuoteRequest, Q.cashoutCoinsQuoteResponse],
      [Q.coinsQuoteRequest, Q.coinsQuoteResponse],
    ];
    for (const [request, response] of pairs) expect(await (await post(`${W}/convert_coins`, request!)).text()).toBe(response);
    expect(Q.coinbaseValueQuoteResponse).toContain('"coins_without_fee": -1980490000000000000000,');
    // The same values in another spelling and key order are the same request.
    const reordered = { rule_karma_value_include: true, type: 'coinbase_account', negative_values: true, value: 1, id: '808c8461-590c-4686-9214-b3f90bc6f912' };
    expect(await (await post(`${W}/convert_coins`, reordered)).text()).toBe(Q.coinbaseValueQuoteResponse);
  });

  it("quotes other requests at the simulator's rate, karma only when asked, and refuses what the seed rules out", async () => {
    const byValue = (await (await post(`${W}/convert_coins`, { value: 27.13 })).json()) as Record<string, unknown>;
    expect(byValue).toMatchObject({ coins: '100000000000000000000000', value: 27.13, currency: 'AUD' });
    expect(byValue.karma_value).toBeUndefined();
    const withKarma = (await (await post(`${W}/convert_coins`, { coins: '5', type: 'poloniex_account', id: '48d8909fbf42cc6bbed4dd47eeaf203cb2a65634', rule_karma_value_include: true })).json()) as Record<string, unknown>;
    expect(withKarma).toMatchObject({ coins: '5', karma_value_withdrawal_enabled: true });
    const cases: Array<[unknown, string]> = [
      [{}, 'payments-coins_or_value_required'],
      [{ type: 'cashout_account' }, 'payments-coins_or_value_required'],
      [{ coins: '0' }, 'payments-bad_coins'],
      [{ value: -1 }, 'payments-bad_value'],
      [{ coins: '1', type: 'bank' }, 'payments-bad_type'],
      [{ coins: '1', type: 'poloniex_account', id: 'not-mine' }, 'payments-account_not_found'],
    ];
    for (const [body, id] of cases) expect(await errorId(await post(`${W}/convert_coins`, body)), JSON.stringify(body)).toBe(id);
  });
});
