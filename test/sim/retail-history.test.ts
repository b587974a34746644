import { describe, expect, it } from 'vitest';
import type { Identity } from '../../sim/auth.js';
import { amountSetCashRequest } from '../../sim/fixtures/retail-amount-set.fixture.js';
import { paymentSetRequest } from '../../sim/fixtures/retail-payment-set.fixture.js';
import { rebateCoins } from '../../sim/retail/rebate.js';
import { retailTransactionsOf } from '../../sim/retail/retail-history.js';
import { TERMINATE_REQUEST_SESSION_ID } from '../../sim/retail/retail.seed.js';
import { updateSession } from '../../sim/retail/update.handler.js';
import { SimState } from '../../sim/state.js';

const terminal: Identity = { ticket: 'demo-participant', role: 'participant', device: 'demo-terminal' };
const user: Identity = { ticket: 'demo-user', role: 'user', device: null };

describe('retailTransactionsOf', () => {
  it("gives the seed's history record for the seed's example payment, then newer payments first", () => {
    const state = new SimState();
    expect(retailTransactionsOf(state, 'demo-user')).toEqual([]);
    updateSession(state.retail, terminal, JSON.parse(amountSetCashRequest), 'terminal');
    updateSession(state.retail, user, JSON.parse(paymentSetRequest), 'user');
    const seedRecord = {
      coins: '158000000000000000000',
      currency: 'aud',
      hash: null,
      id: 'urn:authenticateit:transaction_request:01edf3af-2a91-4f57-95cf-48753ad15cdc',
      status: 'success',
      ts: '2023-05-02T03:10:00Z',
      type: 'retail_connect',
    };
    expect(retailTransactionsOf(state, 'demo-user')).toEqual([seedRecord]);

    const id = TERMINATE_REQUEST_SESSION_ID;
    updateSession(state.retail, terminal, { session_id: id, status_metadata: { status: 'amount_set', amount_value: 500, payment_method: 'cash' } }, 'terminal');
    updateSession(state.retail, user, { session_id: id, status_metadata: { status: 'payment_set', payment_value: 500, payment_coins: '7', payment_reference: null } }, 'user');
    const [newest, oldest] = retailTransactionsOf(state, 'demo-user');
    expect(Object.keys(newest!)).toEqual(['coins', 'currency', 'hash', 'id', 'status', 'ts', 'type']);
    expect(newest).toMatchObject({ coins: '7', currency: 'usd', hash: null, status: 'success', type: 'retail_connect' });
    expect(newest!.id).toMatch(/^urn:authenticateit:transaction_request:[0-9a-f-]{36}$/);
    expect(newest!.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(oldest).toEqual(seedRecord);
    expect(retailTransactionsOf(state, 'demo-participant')).toEqual([]);
    expect(retailTransactionsOf(state, 'nobody')).toEqual([]);
    state.reset();
    expect(retailTransactionsOf(state, 'demo-user')).toEqual([]);
  });
});

describe('rebateCoins', () => {
  it('is exact and rounds down', () => {
    expect(rebateCoins(1000, 15, 6.145e-21)).toBe(244100895036615134255n);
    expect(rebateCoins(1, 1, 1)).toBe(0n);
    expect(rebateCoins(10_000, 2.5, 0.5)).toBe(5n);
    expect(rebateCoins(1000, 0, 6.145e-21)).toBe(0n);
    expect(rebateCoins(1000, 15, 0)).toBe(0n);
  });
});
