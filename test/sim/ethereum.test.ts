import { describe, expect, it } from 'vitest';
import { balanceResponse } from '../../sim/fixtures/ethereum-balance.fixture.js';
import { ethereumTransferRequest, ethereumTransferResponse } from '../../sim/fixtures/ethereum-transfer.fixture.js';
import { transferHistoryResponse } from '../../sim/fixtures/transfer-history.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const BALANCE = '/payments-service/user/ethereum/balance';
const HISTORY = '/payments-service/user/ethereum/transfer/history';
const TRANSFER = '/payments-service/user/ethereum/transfer';
const ADDRESS = '0xe40555b43d60656b9510860A11D6bDCDDb8E78A2';

const { call, stats } = useSimulator();

const transfer = (ticket: string, body: unknown) => call(TRANSFER, { ticket, method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('user coins in the simulator', () => {
  it('serves the seed balance and history byte for byte to every demo session', async () => {
    for (const ticket of ['demo-user', 'demo-participant', 'demo-system']) {
      expect(await (await call(BALANCE, { ticket })).text()).toBe(balanceResponse);
      expect(await (await call(HISTORY, { ticket })).text()).toBe(transferHistoryResponse);
    }
    expect((await call(BALANCE, { ticket: 'nobody' })).status).toBe(401);
    expect((await call(HISTORY)).status).toBe(401);
  });

  it("answers the seed's example transfer with the seed's example response and lists it first, pending", async () => {
    const res = await transfer('demo-user', ethereumTransferRequest);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(ethereumTransferResponse);
    const history = await (await call(HISTORY, { ticket: 'demo-user' })).text();
    expect(history.startsWith(`{\n"history": [\n${ethereumTransferResponse},\n{\n"account": {`)).toBe(true);
    // The seed's own records keep every digit.
    expect(history).toContain('"converted_aud_value": 0.04707192880000001,');
    expect((JSON.parse(history) as { history: unknown[] }).history).toHaveLength(10);
  });

  it('takes coins and fee off the profile coins, exactly, and keeps users apart', async () => {
    await transfer('demo-user', { address: ADDRESS, coins: '1000000000000000000000', fee: '2000000000000000000' });
    const balance = (await (await call(BALANCE, { ticket: 'demo-user' })).json()) as Record<string, unknown>;
    expect(balance).toEqual({
      account_coins: '947979999999999999934',
      balance_coins: '10111020000000000000000',
      coins_fee: { max: '50000000000000000000', min: '1000000000000000000' },
      total_coins: '11058999999999999999934',
    });
    const [added] = ((await (await call(HISTORY, { ticket: 'demo-user' })).json()) as { history: Array<Record<string, unknown>> }).history;
    expect(added).toMatchObject({ address: ADDRESS, coins: '1000000000000000000000', fee: '2000000000000000000', hash: null, status: 'pending' });
    expect(added!.id).toMatch(/^urn:authenticateit:transaction_request:[0-9a-f-]{36}$/);
    expect(await (await call(BALANCE, { ticket: 'demo-participant' })).text()).toBe(balanceResponse);
  });

  it('refuses bad input with seed-shaped errors and changes nothing', async () => {
    const cases: Array<[unknown, string]> = [
      [{ address: '0x12', coins: '1', fee: '1000000000000000000' }, 'payments-bad_address'],
      [{ address: ADDRESS, coins: '0', fee: '1000000000000000000' }, 'payments-bad_coins'],
      [{ address: ADDRESS, coins: '1.5', fee: '1000000000000000000' }, 'payments-bad_coins'],
      [{ address: ADDRESS, coins: '1', fee: '999999999999999999' }, 'payments-bad_fee'],
      [{ address: ADDRESS, coins: '1', fee: '50000000000000000001' }, 'payments-bad_fee'],
      [{ address: ADDRESS, coins: '1949979999999999999934', fee: '1000000000000000000' }, 'payments-insufficient_funds'],
      ['not json', 'payments-bad_request'],
    ];
    for (const [body, id] of cases) {
      const res = await transfer('demo-user', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await errorId(res)).toBe(id);
    }
    expect(await (await call(BALANCE, { ticket: 'demo-user' })).text()).toBe(balanceResponse);
    expect(await (await call(HISTORY, { ticket: 'demo-user' })).text()).toBe(transferHistoryResponse);
    expect((await stats())[`POST ${TRANSFER}`]).toBe(cases.length);
  });
});
