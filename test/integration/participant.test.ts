import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const PARTICIPANT_ID = 'urn:authenticateit:participant:735879621218609';
const HISTORY = 'GET /payments-service/participants/current/payment_history';
const ADD_EMAIL = 'PUT /payments-service/participants/notifications/email';
const DELETE_EMAIL = 'POST /payments-service/participants/notifications/delete_email';
const GET_PLAN = 'GET /payments-service/participants/current/billing_plan';
const TERMINATE = `GET /participants/${encodeURIComponent(PARTICIPANT_ID)}/contract/terminate`;

const ADD = 'mutation ($email: String, $userId: ID) { addNotificationEmail(email: $email, userId: $userId) }';
const REMOVE = 'mutation ($email: String!) { removeNotificationEmail(email: $email) }';
const TERMINATE_OP = 'mutation ($id: ID!) { terminateContract(participantId: $id) { planId contract { terminated terminateAvailable } } }';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('participant.paymentHistory', () => {
  it("gives the seed's payment with its card (card_barnd), exact amounts and upper-case currency", async () => {
    const res = await h.runAs('demo-participant', '{ participant { paymentHistory { at status currency total card { brand last4 expMonth expYear name id } lines { amount description } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      participant: {
        paymentHistory: [
          {
            at: '2017-04-23T21:10:03Z',
            status: 'Payment successful',
            currency: 'USD',
            total: '415.00',
            card: { brand: 'MasterCard', last4: '8210', expMonth: 12, expYear: 2019, name: 'JANE DOE', id: null },
            lines: [
              { amount: '395.00', description: 'Selected plan - "standard". Paid period: from 2017-03-24 to 2017-04-24' },
              { amount: '20.00', description: 'Used rewards coins. Paid period: from 2017-03-24 to 2017-04-24' },
            ],
          },
        ],
      },
    });
    expect(await h.calls(HISTORY)).toBe(1);
  });

  it('is UNAUTHENTICATED without a ticket and FORBIDDEN for an app user, on that field alone', async () => {
    expect((await h.runAs(undefined, '{ participant { paymentHistory { total } } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    const res = await h.runAs('demo-user', '{ plans { id } participant { paymentHistory { total } } }');
    expect(res.data).toMatchObject({ participant: { paymentHistory: null } });
    expect(res.errors?.[0]).toMatchObject({ path: ['participant', 'paymentHistory'], extensions: { code: 'FORBIDDEN' } });
  });
});

describe('addNotificationEmail and removeNotificationEmail', () => {
  it('returns the whole list each time, and billingPlan.notificationEmails shows the same list', async () => {
    const added = await h.runAs('demo-participant', ADD, { email: 'foo@bar.com' });
    expect(added.data).toEqual({ addNotificationEmail: ['billing_test5@mailinator.com', 'foo@bar.com'] });
    const byUser = await h.runAs('demo-participant', ADD, { userId: 'urn:authenticateit:user:email:foo1@bar.com' });
    expect(byUser.data).toEqual({ addNotificationEmail: ['billing_test5@mailinator.com', 'foo@bar.com', 'foo1@bar.com'] });
    const removed = await h.runAs('demo-participant', REMOVE, { email: 'foo@bar.com' });
    expect(removed.data).toEqual({ removeNotificationEmail: ['billing_test5@mailinator.com', 'foo1@bar.com'] });
    const plan = await h.runAs('demo-participant', '{ participant { billingPlan { notificationEmails } } }');
    expect(plan.data).toEqual({ participant: { billingPlan: { notificationEmails: ['billing_test5@mailinator.com', 'foo1@bar.com'] } } });
    expect([await h.calls(ADD_EMAIL), await h.calls(DELETE_EMAIL)]).toEqual([2, 1]);
  });

  it('keeps two participants’ lists apart when both change them at once', async () => {
    const [a, b] = await Promise.all([
      h.runAs('demo-participant', ADD, { email: 'a@brand-a.com' }),
      h.runAs('demo-system', ADD, { email: 'b@brand-b.com' }),
    ]);
    expect(a.data).toEqual({ addNotificationEmail: ['billing_test5@mailinator.com', 'a@brand-a.com'] });
    expect(b.data).toEqual({ addNotificationEmail: ['billing_test5@mailinator.com', 'b@brand-b.com'] });
  });

  it('refuses a malformed address, both or neither of email and userId, before any call', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      [ADD, { email: 'not an email' }],
      [ADD, { email: 'a@b' }],
      [ADD, { email: `${'x'.repeat(250)}@bar.com` }],
      [ADD, {}],
      [ADD, { email: 'a@bar.com', userId: 'urn:x' }],
      [ADD, { userId: 'has space' }],
      [REMOVE, { email: 'foo@' }],
    ];
    for (const [query, variables] of cases) {
      const res = await h.runAs('demo-participant', query, variables);
      expect(res.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toMatch(/email|userId/);
    }
    expect(await h.stats()).toEqual({});
  });

  it("removing an address that is not on the list is NOT_FOUND with the upstream's message", async () => {
    const res = await h.runAs('demo-participant', REMOVE, { email: 'nobody@bar.com' });
    expect(res.errors?.[0]).toMatchObject({ message: 'Email not found', extensions: { code: 'NOT_FOUND' } });
  });

  it('is UNAUTHENTICATED without a ticket and FORBIDDEN for an app user', async () => {
    expect((await h.runAs(undefined, ADD, { email: 'foo@bar.com' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, REMOVE, { email: 'foo@bar.com' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('demo-user', ADD, { email: 'foo@bar.com' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('terminateContract', () => {
  it('terminates with one GET, never retried, and reads the plan back terminated', async () => {
    const res = await h.runAs('demo-participant', TERMINATE_OP, { id: PARTICIPANT_ID });
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ terminateContract: { planId: 'light', contract: { terminated: true, terminateAvailable: false } } });
    expect([await h.calls(TERMINATE), await h.calls(GET_PLAN)]).toEqual([1, 1]);
    const again = await h.runAs('demo-participant', TERMINATE_OP, { id: PARTICIPANT_ID });
    expect(again.errors?.[0]).toMatchObject({ message: 'The contract is already terminated', extensions: { code: 'CONFLICT' } });
  });

  it('is never retried: an upstream 503 is reported after one call', async () => {
    await h.fault({ route: 'GET /participants/:id/contract/terminate', status: 503, times: 1 });
    const res = await h.runAs('demo-participant', TERMINATE_OP, { id: PARTICIPANT_ID });
    expect(res.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(TERMINATE)).toBe(1);
  });

  it("is FORBIDDEN for someone else's contract and for an app user; NOT_FOUND for an unknown participant", async () => {
    expect((await h.runAs('demo-system', TERMINATE_OP, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-user', TERMINATE_OP, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.runAs('demo-participant', TERMINATE_OP, { id: 'urn:authenticateit:participant:9' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses an id that is not one before any call, and is UNAUTHENTICATED without a ticket', async () => {
    for (const id of ['..', '.', 'a b', 'x'.repeat(300)]) {
      expect((await h.runAs('demo-participant', TERMINATE_OP, { id })).errors?.[0]?.extensions?.code, id).toBe('BAD_USER_INPUT');
    }
    expect((await h.runAs(undefined, TERMINATE_OP, { id: PARTICIPANT_ID })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});

describe('one operation over the participant', () => {
  it('asks each upstream endpoint once for billingPlan, notificationEmails, paymentHistory, topUp and rateCard', async () => {
    const res = await h.runAs(
      'demo-participant',
      `{ participant {
        billingPlan { planId plan { id } notificationEmails card { last4 } }
        again: billingPlan { notificationEmails contract { terminated } }
        paymentHistory { total }
        history: paymentHistory { at }
        topUp { amountCents }
        rateCard { id }
      }
      rateCard { billable }
      other: participant { topUp { active } rateCard { items { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toMatchObject({
      participant: {
        billingPlan: { planId: 'light', plan: { id: 'light' }, notificationEmails: ['billing_test5@mailinator.com'] },
        paymentHistory: [{ total: '415.00' }],
        topUp: { amountCents: 109 },
        rateCard: { id: 'urn:authenticateit:rate_card' },
      },
    });
    expect(await h.stats()).toEqual({
      'GET /payments-service/billing_plans': 1,
      [GET_PLAN]: 1,
      [HISTORY]: 1,
      'GET /participants/topup/': 1,
      'GET /payments-service/participants/rate_card': 1,
    });
  });
});
