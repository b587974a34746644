import { describe, expect, it } from 'vitest';
import { approvalCodeOf } from '../../sim/ethereum/transfer-decision.js';
import { balanceResponse } from '../../sim/fixtures/ethereum-balance.fixture.js';
import { ethereumTransferRequest } from '../../sim/fixtures/ethereum-transfer.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const TRANSFER = '/payments-service/user/ethereum/transfer';
const HISTORY = '/payments-service/user/ethereum/transfer/history';
const BALANCE = '/payments-service/user/ethereum/balance';
const EXAMPLE_ID = 'urn:authenticateit:transaction_request:9f5885f7-b013-440c-b86e-a247fc8d6ba2';

const { call } = useSimulator();

const link = (code: string, decision: 'approve' | 'reject', ticket = 'demo-system') => call(`/user/ethereum/transfer/${code}/${decision}`, { ticket });
const firstRecord = async () =>
  ((await (await call(HISTORY, { ticket: 'demo-user' })).json()) as { history: Array<Record<string, unknown>> }).history[0]!;

describe('approve/reject links in the simulator', () => {
  it('makes the code a UUID of its own, not the id the user sees', () => {
    const code = approvalCodeOf(EXAMPLE_ID);
    expect(code).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(EXAMPLE_ID).not.toContain(code);
    expect(approvalCodeOf(EXAMPLE_ID)).toBe(code);
  });

  it("approves the owner's pending transfer from another session: success, once", async () => {
    await call(TRANSFER, { ticket: 'demo-user', method: 'POST', body: ethereumTransferRequest });
    const res = await link(approvalCodeOf(EXAMPLE_ID).toUpperCase(), 'approve');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: EXAMPLE_ID, status: 'success' });
    expect(await firstRecord()).toMatchObject({ id: EXAMPLE_ID, status: 'success', coins: '9000000000000000000' });
    const again = await link(approvalCodeOf(EXAMPLE_ID), 'reject');
    expect(again.status).toBe(409);
    expect(await errorId(again)).toBe('payments-transfer_not_pending');
  });

  it('rejects: the transfer fails and its coins and fee go back', async () => {
    await call(TRANSFER, { ticket: 'demo-user', method: 'POST', body: ethereumTransferRequest });
    expect(await (await call(BALANCE, { ticket: 'demo-user' })).text()).not.toBe(balanceResponse);
    expect((await link(approvalCodeOf(EXAMPLE_ID), 'reject', 'demo-user')).status).toBe(200);
    expect(await firstRecord()).toMatchObject({ id: EXAMPLE_ID, status: 'failure' });
    const balance = (await (await call(BALANCE, { ticket: 'demo-user' })).json()) as { account_coins: string };
    expect(balance.account_coins).toBe('1949979999999999999934');
  });

  it('answers 404 for a code no pending transfer has, 400 for one that is no UUID, 401 without a ticket', async () => {
    const unknown = await link('00000000-0000-4000-a000-000000000000', 'approve');
    expect(unknown.status).toBe(404);
    expect(await errorId(unknown)).toBe('payments-transfer_not_found');
    const malformed = await link('not-a-uuid', 'approve');
    expect(malformed.status).toBe(400);
    expect(await errorId(malformed)).toBe('payments-bad_code');
    expect((await call(`/user/ethereum/transfer/${approvalCodeOf(EXAMPLE_ID)}/approve`)).status).toBe(401);
  });
});
