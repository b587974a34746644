import { describe, expect, it } from 'vitest';
import { amountSetCashRequest, amountSetCashResponse, amountSetCashlessRequest } from '../../sim/fixtures/retail-amount-set.fixture.js';
import { generateCodeResponse, initSessionRequest } from '../../sim/fixtures/retail-code.fixture.js';
import { retailLevelResponse } from '../../sim/fixtures/retail-level.fixture.js';
import { paymentConfirmRequest, paymentConfirmResponse } from '../../sim/fixtures/retail-payment-confirm.fixture.js';
import { paymentSetRequest, paymentSetResponse } from '../../sim/fixtures/retail-payment-set.fixture.js';
import { initSessionResponse, readSessionsResponse } from '../../sim/fixtures/retail-session-init.fixture.js';
import { sessionInitStatusResponse } from '../../sim/fixtures/retail-session-read.fixture.js';
import { sessionRebateSetResponse } from '../../sim/fixtures/retail-session-rebate-set.fixture.js';
import { terminalTerminateResponse, terminateRequest, userTerminateResponse } from '../../sim/fixtures/retail-terminate.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const BASE = '/payments-service/retail_connect/v1';
const PARTICIPANT = 'urn:authenticateit:participant:735879621218609';
const S = 'urn:authenticateit:retail_connect:session:';
const WALKED = `${S}a84a4c8a-de3c-4dfd-bc62-8a563af97e38`;
const SEED_CODE = (JSON.parse(generateCodeResponse) as { code: string }).code;
const TERMINAL = { authenticateit_terminal_device: 'demo-terminal' };

const { call, control, stats } = useSimulator();

const asTerminal = (path: string, init: { method?: string; body?: string } = {}) => call(path, { ticket: 'demo-participant', headers: TERMINAL, ...init });
const updateAsUser = (body: unknown) => call(`${BASE}/sessions/session/update/user`, { ticket: 'demo-user', method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
const updateAsTerminal = (body: unknown) => asTerminal(`${BASE}/sessions/session/update/terminal`, { method: 'PUT', body: typeof body === 'string' ? body : JSON.stringify(body) });
const readSession = (id: string, ticket = 'demo-user') => call(`${BASE}/sessions/session?session_id=${encodeURIComponent(id)}`, { ticket });
const step = (sessionId: string, metadata: Record<string, unknown>) => ({ session_id: sessionId, status_metadata: metadata });

async function newSession(): Promise<{ id: string; code: string }> {
  await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' });
  const code = ((await (await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' })).json()) as { code: string }).code;
  const res = await asTerminal(`${BASE}/sessions/session/init`, { method: 'POST', body: JSON.stringify({ code }) });
  expect(res.status).toBe(200);
  return { id: ((await res.json()) as { id: string }).id, code };
}

describe('retail fixtures', () => {
  it('are the seed examples; the terminal terminate answer only gains the closing brace the seed lost', () => {
    for (const text of [retailLevelResponse, initSessionResponse, readSessionsResponse, sessionInitStatusResponse, paymentSetResponse, userTerminateResponse]) {
      expect(() => JSON.parse(text)).not.toThrow();
    }
    expect(terminalTerminateResponse.endsWith('"user_id": "urn:authenticateit:user:email:shping:9cc2a816-2897-4858-be3d-71abd8d6c1b8"\n}')).toBe(true);
    expect(sessionRebateSetResponse).toBe(paymentConfirmResponse);
    expect(readSessionsResponse).toContain('"price": 6.15E-21,');
  });
});

describe('GET …/code: level info and codes', () => {
  it('answers the level example byte for byte by participant, by code and by card (with the level marker)', async () => {
    for (const query of [`participant_id=${PARTICIPANT}`, `code=${SEED_CODE}`, 'card_id=demo-card&type=retail_connect_level']) {
      const res = await call(`${BASE}/code?${query}`, { ticket: 'demo-user' });
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(retailLevelResponse);
    }
  });

  it("generates the seed's code first, then a new code each time", async () => {
    const first = await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' });
    expect(await first.text()).toBe(generateCodeResponse);
    const a = (await (await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' })).json()) as { code: string };
    const b = (await (await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-user' })).json()) as { code: string };
    expect(a.code).toMatch(/^[0-9a-f]{320}$/);
    expect(a.code).not.toBe(b.code);
  });

  it('refuses a request without parameters, unknown codes and cards, and levels of others', async () => {
    const none = await call(`${BASE}/code`, { ticket: 'demo-user' });
    expect([none.status, await errorId(none)]).toEqual([400, 'payments-bad_request']);
    expect((await call(`${BASE}/code?code=nope`, { ticket: 'demo-user' })).status).toBe(404);
    expect((await call(`${BASE}/code?card_id=other-card`, { ticket: 'demo-user' })).status).toBe(404);
    expect((await call(`${BASE}/code?card_id=demo-card`, { ticket: 'demo-participant' })).status).toBe(404);
    expect((await call(`${BASE}/code?code=${SEED_CODE}`, { ticket: 'demo-participant' })).status).toBe(403);
    expect((await asTerminal(`${BASE}/code?code=${SEED_CODE}`)).status).toBe(200);
    expect((await call(`${BASE}/code?participant_id=${PARTICIPANT}`, { ticket: 'demo-participant' })).status).toBe(404);
    expect((await call(`${BASE}/code?participant_id=${PARTICIPANT}`)).status).toBe(401);
  });
});

describe('sessions: init and reads', () => {
  it('answers the init example with the init example, again on a retry, and opens nothing new', async () => {
    for (let i = 0; i < 2; i++) {
      const res = await asTerminal(`${BASE}/sessions/session/init`, { method: 'POST', body: initSessionRequest });
      expect(await res.text()).toBe(initSessionResponse);
    }
    const list = await call(`${BASE}/sessions?code=${SEED_CODE}`, { ticket: 'demo-user' });
    expect(await list.text()).toBe(readSessionsResponse);
  });

  it("serves each seed session by id as the seed's example", async () => {
    expect(await (await readSession(`${S}71bbcb8e-05de-49d4-bd09-ec335b535f4b`)).text()).toBe(initSessionResponse);
    expect(await (await readSession(WALKED)).text()).toBe(sessionInitStatusResponse);
    expect(await (await readSession(`${S}63b25c75-5244-4a7f-8f7c-7e3d88c7a30e`)).text()).toBe(userTerminateResponse);
    expect(await (await readSession(`${S}bbe5a966-0e6c-4e79-bff1-dbab0183d2d4`)).text()).toBe(terminalTerminateResponse);
    expect((await readSession(`${S}bee67223-1278-4ceb-b299-c579d85ee9e5`)).status).toBe(200);
  });

  it('lets the user, the terminal and the system read a session, and nobody else', async () => {
    const { id } = await newSession();
    expect((await readSession(id)).status).toBe(200);
    expect((await asTerminal(`${BASE}/sessions/session?session_id=${encodeURIComponent(id)}`)).status).toBe(200);
    expect((await readSession(id, 'demo-system')).status).toBe(200);
    expect((await readSession(id, 'demo-participant')).status).toBe(403);
    expect((await readSession(`${S}unknown`)).status).toBe(404);
    expect((await call(`${BASE}/sessions/session`, { ticket: 'demo-user' })).status).toBe(400);
  });

  it('refuses init without a device ticket (401), from an app user (403), and with an unknown or used code', async () => {
    const body = initSessionRequest;
    expect((await call(`${BASE}/sessions/session/init`, { ticket: 'demo-participant', method: 'POST', body })).status).toBe(401);
    expect((await call(`${BASE}/sessions/session/init`, { ticket: 'demo-user', method: 'POST', body, headers: TERMINAL })).status).toBe(403);
    const unknown = await asTerminal(`${BASE}/sessions/session/init`, { method: 'POST', body: '{"code":"nope"}' });
    expect([unknown.status, await errorId(unknown)]).toEqual([400, 'payments-bad_code']);
    const { id, code } = await newSession();
    await updateAsTerminal(step(id, { status: 'terminate' }));
    const used = await asTerminal(`${BASE}/sessions/session/init`, { method: 'POST', body: JSON.stringify({ code }) });
    expect([used.status, await errorId(used)]).toEqual([409, 'payments-code_used']);
  });

  it('lists the active sessions of the caller, by filter', async () => {
    const { id } = await newSession();
    const all = (await (await call(`${BASE}/sessions`, { ticket: 'demo-user' })).json()) as Array<{ id: string }>;
    expect(all.map((s) => s.id)).toContain(id);
    expect(all.map((s) => s.id)).not.toContain(`${S}63b25c75-5244-4a7f-8f7c-7e3d88c7a30e`);
    const byCard = (await (await call(`${BASE}/sessions?card_id=demo-card`, { ticket: 'demo-user' })).json()) as unknown[];
    expect(byCard).toHaveLength(all.length);
    expect(await (await call(`${BASE}/sessions?participant_id=nope`, { ticket: 'demo-user' })).json()).toEqual([]);
    expect(await (await call(`${BASE}/sessions`, { ticket: 'demo-participant' })).json()).toEqual([]);
  });
});

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
    expect((await control('POST', '/__sim/config', { retailSessionTimeoutSeconds: 0 })).status).toBe(400);
    expect((await control('POST', '/__sim/config', { retailSessionTimeoutSeconds: '5' })).status).toBe(400);
  });

  it('counts every call under its path', async () => {
    await updateAsTerminal(terminateRequest);
    expect(await stats()).toEqual({ 'PUT /payments-service/retail_connect/v1/sessions/session/update/terminal': 1 });
  });
});
