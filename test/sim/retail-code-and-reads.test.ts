import { describe, expect, it } from 'vitest';
import { generateCodeResponse, initSessionRequest } from '../../sim/fixtures/retail-code.fixture.js';
import { retailLevelResponse } from '../../sim/fixtures/retail-level.fixture.js';
import { paymentConfirmResponse } from '../../sim/fixtures/retail-payment-confirm.fixture.js';
import { paymentSetResponse } from '../../sim/fixtures/retail-payment-set.fixture.js';
import { initSessionResponse, readSessionsResponse } from '../../sim/fixtures/retail-session-init.fixture.js';
import { sessionInitStatusResponse } from '../../sim/fixtures/retail-session-read.fixture.js';
import { sessionRebateSetResponse } from '../../sim/fixtures/retail-session-rebate-set.fixture.js';
import { terminalTerminateResponse, userTerminateResponse } from '../../sim/fixtures/retail-terminate.fixture.js';
import { BASE, PARTICIPANT, S, SEED_CODE, TERMINAL, WALKED, retailClient, step } from './retail-client.js';
import { errorId, useSimulator } from './sim-client.js';

const simulator = useSimulator();
const { call } = simulator;
const { asTerminal, updateAsTerminal, readSession, newSession } = retailClient(simulator);

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
