import { describe, expect, it } from 'vitest';
import { amountSetCashRequest, amountSetCashResponse, amountSetCashlessRequest } from '../../sim/fixtures/retail-amount-set.fixture.js';
import { paymentConfirmRequest, paymentConfirmResponse } from '../../sim/fixtures/retail-payment-confirm.fixture.js';
import { paymentSetRequest, paymentSetResponse } from '../../sim/fixtures/retail-payment-set.fixture.js';
import { sessionRebateSetResponse } from '../../sim/fixtures/retail-session-rebate-set.fixture.js';
import { terminateRequest } from '../../sim/fixtures/retail-terminate.fixture.js';
import { BASE, PARTICIPANT, S, WALKED, retailClient, step } from './retail-client.js';
import { errorId, useSimulator } from './sim-client.js';

const simulator = useSimulator();
const { call, control, stats } = simulator;
const { updateAsUser, updateAsTerminal, readSession, newSession } = retailClient(simulator);

describe('sessions: the state machine', () => {
  it("walks the seed's example updates to the seed's answers, byte for byte", async () => {
    expect(await (await updateAsTerminal(amountSetCashRequest)).text()).toBe(amountSetCashResponse);
    expect(await (await updateAsUser(paymentSetRequest)).text()).toBe(paymentSetResponse);
    expect(await (await updateAsTerminal(paymentConfirmRequest)).text()).toBe(paymentConfirmResponse);
    expect(await (await readSession(WALKED)).text()).toBe(sessionRebateSetResponse);
    const level = JSON.parse(await (await call(`${BASE}/code?participant_id=${PARTICIPANT}`, { ticket: 'demo-user' })).text());
    expect(level.counters).toEqual({ purchases_count: 2, sessions: [`${S}bee67223-1278-4ceb-b299-c579d85ee9e5`, WALKED], spends: 2000 });
    expect(level.rules[1]).toMatchObject({ type: 'spends', user_value: 2000, pass: true });
  });

  it('takes a cashless walk, with a charge id and a rebate in exact coins', async () => {
    const { id } = await newSession();
    await updateAsTerminal(step(id, { status: 'amount_set', amount_value: 1000, payment_method: 'cashless' }));
    const paid = await updateAsUser(step(id, { status: 'payment_set', payment_value: 900, payment_coins: '100000000000000000000', payment_reference: 'ref-12345' }));
    expect(await paid.json()).toMatchObject({ status: 'payment_set', status_side: 'user', statuses: { payment_set: { payment_result: { charge_id: 'ch_sim_1' }, transaction: { profile_coins: '4385000000000000000000' } } } });
    const done = (await (await updateAsTerminal(step(id, { status: 'payment_confirm' }))).json()) as Record<string, any>;
    expect(done.status).toBe('rebate_set');
    expect(done.statuses.rebate_set.coins_rebate).toBe('244100895036615134255');
    expect(done.statuses.payment_confirm.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
  });

  it('refuses a status from the wrong side with 400 payments-bad_status', async () => {
    const { id } = await newSession();
    const userSetsAmount = await updateAsUser(step(id, { status: 'amount_set', amount_value: 1, payment_method: 'cash' }));
    expect([userSetsAmount.status, await errorId(userSetsAmount)]).toEqual([400, 'payments-bad_status']);
    const terminalPays = await updateAsTerminal(step(id, { status: 'payment_set', payment_value: 1, payment_coins: '1' }));
    expect([terminalPays.status, await errorId(terminalPays)]).toEqual([400, 'payments-bad_status']);
    const rebate = await updateAsTerminal(step(id, { status: 'rebate_set' }));
    expect(rebate.status).toBe(400);
  });

  it('refuses a step out of order, and every step after the end, with 409', async () => {
    const { id } = await newSession();
    const early = await updateAsTerminal(step(id, { status: 'payment_confirm' }));
    expect([early.status, await errorId(early)]).toEqual([409, 'payments-bad_session_status']);
    expect((await updateAsUser(step(id, { status: 'terminate' }))).status).toBe(200);
    const after = await updateAsTerminal(step(id, { status: 'terminate' }));
    expect([after.status, await errorId(after)]).toEqual([409, 'payments-bad_session_status']);
  });

  it('checks payment fields against the session: cash wants no reference, cashless a valid one', async () => {
    const cash = await newSession();
    await updateAsTerminal(step(cash.id, { status: 'amount_set', amount_value: 1000, payment_method: 'cash' }));
    const withRef = await updateAsUser(step(cash.id, { status: 'payment_set', payment_value: 10, payment_coins: '1', payment_reference: 'ref-12345' }));
    expect([withRef.status, await errorId(withRef)]).toEqual([400, 'payments-bad_payment_reference']);
    const tooMuch = await updateAsUser(step(cash.id, { status: 'payment_set', payment_value: 1001, payment_coins: '1' }));
    expect(await errorId(tooMuch)).toBe('payments-bad_payment_value');
    const broke = await updateAsUser(step(cash.id, { status: 'payment_set', payment_value: 10, payment_coins: '9'.repeat(30) }));
    expect(await errorId(broke)).toBe('payments-insufficient_coins');
    const cashless = await newSession();
    await updateAsTerminal(JSON.parse(amountSetCashlessRequest.replace(WALKED, cashless.id)));
    const noRef = await updateAsUser(step(cashless.id, { status: 'payment_set', payment_value: 10, payment_coins: '1', payment_reference: null }));
    expect(await errorId(noRef)).toBe('payments-bad_payment_reference');
    const badRef = await updateAsUser(step(cashless.id, { status: 'payment_set', payment_value: 10, payment_coins: '1', payment_reference: 'a b' }));
    expect(await errorId(badRef)).toBe('payments-bad_payment_reference');
  });

  it('checks the sides: the user of another session and a terminal without its device ticket are refused', async () => {
    const { id } = await newSession();
    const stranger = await call(`${BASE}/sessions/session/update/user`, { ticket: 'demo-participant', method: 'PUT', body: JSON.stringify(step(id, { status: 'terminate' })) });
    expect(stranger.status).toBe(403);
    const noDevice = await call(`${BASE}/sessions/session/update/terminal`, { ticket: 'demo-participant', method: 'PUT', body: JSON.stringify(step(id, { status: 'terminate' })) });
    expect([noDevice.status, await errorId(noDevice)]).toEqual([401, 'payments-device_required']);
    expect((await updateAsUser(step(`${S}unknown`, { status: 'terminate' }))).status).toBe(404);
    expect((await updateAsUser('{"session_id":')).status).toBe(400);
  });

  it('expires a session after its timeout: reads say so, steps are refused with 409', async () => {
    expect((await control('POST', '/__sim/config', { retailSessionTimeoutSeconds: 1 })).status).toBe(200);
    const { id } = await newSession();
    expect(((await (await readSession(id)).json()) as { timeout: number }).timeout).toBe(1);
    await new Promise((r) => setTimeout(r, 1100));
    const late = await updateAsTerminal(step(id, { status: 'amount_set', amount_value: 1, payment_method: 'cash' }));
    expect([late.status, await errorId(late)]).toEqual([409, 'payments-session_expired']);
    expect(await (await readSession(id)).json()).toMatchObject({ is_expired: true, status: 'init' });
    const list = (await (await call(`${BASE}/sessions`, { ticket: 'demo-user' })).json()) as Array<{ id: string }>;
    expect(list.map((s) => s.id)).not.toContain(id);
    expect((await control('POST', '/__sim/config', { retailSessionTimeoutSeconds: -1 })).status).toBe(400);
    expect((await control('POST', '/__sim/config', { retailSessionTimeoutSeconds: '5' })).status).toBe(400);
  });

  it('counts every call under its path', async () => {
    await updateAsTerminal(terminateRequest);
    expect(await stats()).toEqual({ 'PUT /payments-service/retail_connect/v1/sessions/session/update/terminal': 1 });
  });
});
