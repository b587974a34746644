import { describe, expect, it } from 'vitest';
import { addNotificationEmailResponse, removeNotificationEmailResponse } from '../../sim/fixtures/notification-emails.fixture.js';
import { paymentHistoryResponse } from '../../sim/fixtures/payment-history.fixture.js';
import { depositSettingsResponse, ethereumAccountResponse, updateEthereumAccountRequest } from '../../sim/fixtures/participant-ethereum.fixture.js';
import { promoCodeResponse } from '../../sim/fixtures/promo-code.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const PLAN = '/payments-service/participants/current/billing_plan';
const CARD = '/payments-service/user/card';
const HISTORY = '/payments-service/participants/current/payment_history';
const ADD_EMAIL = '/payments-service/participants/notifications/email';
const DELETE_EMAIL = '/payments-service/participants/notifications/delete_email';
const ETHEREUM = '/payments-service/participants/current/ethereum';
const DEPOSIT = '/payments-service/participants/deposit/ethereum';
const PROMO = '/participants/promo_code/check';
const PARTICIPANT_ID = 'urn:authenticateit:participant:735879621218609';
const terminate = (id: string): string => `/participants/${encodeURIComponent(id)}/contract/terminate`;

const { call, control } = useSimulator();

async function plan(ticket: string): Promise<{ card: { last4: string } | null; user_email: string[]; contract: Record<string, unknown>; plan: string }> {
  return (await (await call(PLAN, { ticket })).json()) as never;
}

const send = (path: string, method: string, body: unknown, ticket = 'demo-participant') =>
  call(path, { ticket, method, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('payment card', () => {
  it('stores a card from a token as the billing plan card, and deletes it only off paid plans', async () => {
    const set = await call(`${CARD}/tok_visa`, { ticket: 'demo-system', method: 'PUT' });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({ brand: 'Visa', last4: '4242', id: 'card_sim_1' });
    expect((await plan('demo-system')).card).toMatchObject({ last4: '4242' });
    expect((await call(CARD, { ticket: 'demo-system', method: 'DELETE' })).status).toBe(204);
    expect((await plan('demo-system')).card).toBeNull();
    const none = await call(CARD, { ticket: 'demo-system', method: 'DELETE' });
    expect([none.status, await errorId(none)]).toEqual([404, 'payments-card_not_found']);
  });

  it('keeps the card of a paid plan (409 payments-card_required)', async () => {
    const res = await call(CARD, { ticket: 'demo-participant', method: 'DELETE' });
    expect([res.status, await errorId(res)]).toEqual([409, 'payments-card_required']);
    expect((await plan('demo-participant')).card).toMatchObject({ last4: '4242' });
  });

  it("refuses a malformed or declined token, and an app user's call", async () => {
    const declined = await call(`${CARD}/tok_chargeDeclined`, { ticket: 'demo-participant', method: 'PUT' });
    expect([declined.status, await errorId(declined)]).toEqual([400, 'payments-card_declined']);
    const odd = await call(`${CARD}/${encodeURIComponent('tok visa')}`, { ticket: 'demo-participant', method: 'PUT' });
    expect([odd.status, await errorId(odd)]).toEqual([400, 'payments-bad_card_token']);
    expect((await call(`${CARD}/tok_visa`, { ticket: 'demo-user', method: 'PUT' })).status).toBe(403);
  });
});

describe('payment history', () => {
  it('serves the seed example to demo-participant verbatim, an empty list to demo-system, 403 to an app user', async () => {
    expect(await (await call(HISTORY, { ticket: 'demo-participant' })).text()).toBe(paymentHistoryResponse);
    expect(await (await call(HISTORY, { ticket: 'demo-system' })).text()).toBe('[]');
    expect((await call(HISTORY, { ticket: 'demo-user' })).status).toBe(403);
  });
});

describe('notification emails', () => {
  it("answers the seed's example lists for the seed's sequence, and the billing plan shows the same list", async () => {
    expect((await send(DELETE_EMAIL, 'POST', '"billing_test5@mailinator.com"')).status).toBe(200);
    await send(ADD_EMAIL, 'PUT', { email: 'some_user@gmail.com' });
    await send(ADD_EMAIL, 'PUT', { user_id: 'urn:authenticateit:user:email:foo@bar.com' });
    const added = await send(ADD_EMAIL, 'PUT', { email: 'foo1@bar.com' });
    expect(await added.text()).toBe(addNotificationEmailResponse);
    const removed = await send(DELETE_EMAIL, 'POST', '"foo@bar.com"');
    expect(await removed.text()).toBe(removeNotificationEmailResponse);
    expect((await plan('demo-participant')).user_email).toEqual(['some_user@gmail.com', 'foo1@bar.com']);
  });

  it('keeps one entry per address, takes {"email"} on delete too, and refuses bad input', async () => {
    expect(await (await send(ADD_EMAIL, 'PUT', { email: 'BILLING_test5@mailinator.com' })).json()).toEqual(['billing_test5@mailinator.com']);
    expect(await (await send(DELETE_EMAIL, 'POST', { email: 'billing_test5@mailinator.com' })).json()).toEqual([]);
    const cases: Array<[string, string, unknown, number, string]> = [
      [ADD_EMAIL, 'PUT', { email: 'not-an-email' }, 400, 'payments-bad_email'],
      [ADD_EMAIL, 'PUT', {}, 400, 'payments-bad_request'],
      [ADD_EMAIL, 'PUT', { email: 'a@b.co', user_id: 'x' }, 400, 'payments-bad_request'],
      [ADD_EMAIL, 'PUT', { user_id: 'urn:authenticateit:user:42' }, 404, 'payments-user_not_found'],
      [DELETE_EMAIL, 'POST', '"nobody@bar.com"', 404, 'payments-email_not_found'],
    ];
    for (const [path, method, body, status, id] of cases) {
      const res = await send(path, method, body);
      expect([res.status, await errorId(res)]).toEqual([status, id]);
    }
  });
});

describe('contract termination', () => {
  it('terminates the caller’s own contract (a GET with a side effect), then refuses a second time', async () => {
    const res = await call(terminate(PARTICIPANT_ID), { ticket: 'demo-participant' });
    expect(res.status).toBe(204);
    expect((await plan('demo-participant')).contract).toMatchObject({ terminated: true, terminate_available: false });
    const again = await call(terminate(PARTICIPANT_ID), { ticket: 'demo-participant' });
    expect([again.status, await errorId(again)]).toEqual([409, 'payments-contract_terminated']);
  });

  it("refuses someone else's contract (403), an unknown participant (404), an app user (403)", async () => {
    expect((await call(terminate(PARTICIPANT_ID), { ticket: 'demo-system' })).status).toBe(403);
    expect((await call(terminate('urn:authenticateit:participant:999'), { ticket: 'demo-system' })).status).toBe(404);
    expect((await call(terminate(PARTICIPANT_ID), { ticket: 'demo-user' })).status).toBe(403);
    expect((await plan('demo-participant')).contract).toMatchObject({ terminated: false });
  });
});

describe('participant ethereum account and deposit', () => {
  it('serves the examples verbatim and clears the address with the example request', async () => {
    expect(await (await call(ETHEREUM, { ticket: 'demo-participant' })).text()).toBe(ethereumAccountResponse);
    expect(await (await call(DEPOSIT, { ticket: 'demo-participant' })).text()).toBe(depositSettingsResponse);
    const cleared = await send(ETHEREUM, 'PUT', updateEthereumAccountRequest);
    expect(await cleared.json()).toEqual({ address: null });
    expect(await (await call(ETHEREUM, { ticket: 'demo-participant' })).json()).toEqual({ address: null });
  });

  it('stores a new address checksummed, and refuses a bad one', async () => {
    const set = await send(ETHEREUM, 'PUT', { address: '0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359' });
    expect(await set.json()).toEqual({ address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' });
    for (const address of ['0x123', '0xFb6916095ca1df60bB79Ce92cE3Ea74c37c5d359', 42]) {
      const res = await send(ETHEREUM, 'PUT', { address });
      expect([res.status, await errorId(res)]).toEqual([400, 'payments-bad_address']);
    }
    expect((await send(ETHEREUM, 'PUT', {})).status).toBe(400);
  });

  it('refuses a change while reward campaigns are active (409), until they end', async () => {
    await control('POST', '/__sim/config', { rewardCampaignsActive: true });
    const res = await send(ETHEREUM, 'PUT', { address: null });
    expect([res.status, await errorId(res)]).toEqual([409, 'payments-active_reward_campaigns']);
    expect(await (await call(ETHEREUM, { ticket: 'demo-participant' })).text()).toBe(ethereumAccountResponse);
    await control('POST', '/__sim/config', { rewardCampaignsActive: false });
    expect((await send(ETHEREUM, 'PUT', { address: null })).status).toBe(200);
  });

  it('gives demo-system a deposit without coins (0 by default) and app users 403', async () => {
    expect(await (await call(DEPOSIT, { ticket: 'demo-system' })).json()).toEqual({ address: '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359', unlimited_coins: true });
    expect((await call(DEPOSIT, { ticket: 'demo-user' })).status).toBe(403);
    expect((await call(ETHEREUM, { ticket: 'demo-user' })).status).toBe(403);
  });
});

describe('promo codes', () => {
  it('answers the example for promo60 (any case, code in the query), 404 for an unknown code', async () => {
    expect(await (await call(`${PROMO}?code=promo60`, { ticket: 'demo-user' })).text()).toBe(promoCodeResponse);
    expect((await call(`${PROMO}?code=PROMO60`, { ticket: 'demo-participant' })).status).toBe(200);
    const unknown = await call(`${PROMO}?code=nope`, { ticket: 'demo-participant' });
    expect([unknown.status, await errorId(unknown)]).toEqual([404, 'payments-promo_code_not_found']);
    expect((await call(PROMO, { ticket: 'demo-participant' })).status).toBe(400);
  });

  it('needs no ticket (the seed does not require one) but refuses an unknown one', async () => {
    expect((await call(`${PROMO}?code=promo60`)).status).toBe(200);
    expect((await call(`${PROMO}?code=promo60`, { ticket: 'forged' })).status).toBe(401);
  });
});
