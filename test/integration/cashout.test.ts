import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { cashoutBadVersionResponse } from '../../sim/fixtures/cashout-account.fixture.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const COUNTRIES = 'GET /cashout/countries';
const CONVERT = 'GET /cashout/convert_coins';
const ACCOUNTS = 'GET /cashout/account';
const TRANSFER = 'POST /cashout/transfer';
const PRIMARY = 'f50b74b3-8605-4985-af89-20cd0adfe89d';
const BREAKDOWN = 'coins coinsWithFee coinsWithoutFee feeCoins feeValue gasCoins gasFeeCoins gasFeePercent gasFeeValue payFeeWithCoins transactionFee transactionFeeCoins transactionFeeValue value valueWithFee valueWithoutFee';
const QUOTE = `query ($coins: Coins!, $country: String!, $negativeValues: Boolean) {
  cashoutQuote(coins: $coins, country: $country, negativeValues: $negativeValues) { currency minTransferCoins karma { value } breakdown { ${BREAKDOWN} } }
}`;
const CASHOUT = `mutation ($input: CashoutInput!) {
  requestCashout(input: $input) { __typename id kind status coins currency convertedValue account { id accountNumber } fee { coins coinsWithFee feeCoins payFeeWithCoins } }
}`;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ redisUrl: inject('redisUrl') });
});
afterAll(() => h.close());
beforeEach(() => h.resetSim());

describe('cashoutCountries and cashoutQuote', () => {
  it("give the seed's countries (currency upper-cased), with one call", async () => {
    const res = await h.runAs('demo-user', '{ cashoutCountries { country currency } }');
    expect(res.data).toEqual({ cashoutCountries: [{ country: '036', currency: 'AUD' }] });
    expect(await h.stats()).toEqual({ [COUNTRIES]: 1 });
  });

  it("quote the seed's examples exactly: negative values when asked, 219.03 AUD, and no fee configured", async () => {
    const negative = await h.runAs('demo-user', QUOTE, { coins: '10000000000000000000000', country: '036', negativeValues: true });
    expect(negative.errors).toBeUndefined();
    expect(negative.data).toEqual({
      cashoutQuote: {
        currency: 'USD',
        minTransferCoins: null,
        karma: null,
        breakdown: {
          coins: '1000000000000000000000', coinsWithFee: null, coinsWithoutFee: null, feeCoins: '1830500000000000000000', feeValue: '0.15',
          gasCoins: '2661000000000000000000', gasFeeCoins: '1330500000000000000000', gasFeePercent: 50, gasFeeValue: '0.11', payFeeWithCoins: null,
          transactionFee: '0.04', transactionFeeCoins: '500000000000000000000', transactionFeeValue: '0.04', value: '-0.06', valueWithFee: '0.08', valueWithoutFee: '-0.06',
        },
      },
    });
    const positive = await h.runAs<{ cashoutQuote: { currency: string; breakdown: Record<string, unknown> } }>('demo-user', QUOTE, { coins: '2000000000000000000000000', country: '036' });
    expect(positive.data!.cashoutQuote.currency).toBe('AUD');
    expect(positive.data!.cashoutQuote.breakdown).toMatchObject({ coinsWithFee: '2013611000000000000000000', coinsWithoutFee: '1986389000000000000000000', value: '219.03', valueWithFee: '220.53', gasFeeValue: '0' });
    await fetch(`${h.sim.url}/__sim/config`, { method: 'POST', body: JSON.stringify({ cashoutFeeConfigured: false }) });
    const noFee = await h.runAs<{ cashoutQuote: { breakdown: Record<string, unknown> } }>('demo-user', QUOTE, { coins: '1000000000000000000000', country: '036' });
    expect(noFee.data!.cashoutQuote.breakdown).toMatchObject({ feeCoins: '0', feeValue: '0', transactionFee: '0', value: '0.08', valueWithFee: '0.08' });
    expect(await h.calls(CONVERT)).toBe(3);
  });

  it('refuse bad input before any call, and are UNAUTHENTICATED without a ticket', async () => {
    for (const variables of [{ coins: '0', country: '036' }, { coins: '-5', country: '036' }, { coins: '1.5', country: '036' }, { coins: '1', country: '36' }, { coins: '1', country: 'AUS' }]) {
      expect((await h.runAs('demo-user', QUOTE, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect((await h.runAs(undefined, QUOTE, { coins: '1', country: '036' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.runAs(undefined, '{ cashoutCountries { country } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    const notAllowed = await h.runAs('demo-user', QUOTE, { coins: '1', country: '840' });
    expect(notAllowed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', upstream: { errorId: 'payments-bad_country' } } });
  });
});

describe('requestCashout', () => {
  const input = { accountId: PRIMARY, coins: '1000000000000000000000', payFeeWithCoins: true };

  it('sends the stored account with version v2: a pending cash-out, first in the history, off the balance', async () => {
    const res = await h.runAs<{ requestCashout: Record<string, unknown> & { id: string } }>('demo-user', CASHOUT, { input });
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestCashout).toMatchObject({
      __typename: 'CashoutTransfer', kind: 'CASHOUT', status: 'PENDING', coins: '1917090909090909090909', currency: 'AUD', convertedValue: '0.11',
      account: { id: PRIMARY, accountNumber: '22334455' },
      fee: { coins: '1000000000000000000000', coinsWithFee: '1917090909090909090909', feeCoins: '917090909090909090909', payFeeWithCoins: true },
    });
    expect(await h.stats()).toEqual({ [ACCOUNTS]: 1, [TRANSFER]: 1 });
    const after = await h.runAs<{ me: { balance: { accountCoins: string }; transfers: { edges: Array<{ node: Record<string, unknown> }> } } }>(
      'demo-user',
      '{ me { balance { accountCoins } transfers(first: 1) { edges { node { id kind status } } } } }',
    );
    expect(after.data!.me.balance.accountCoins).toBe('32889090909090909025');
    expect(after.data!.me.transfers.edges[0]!.node).toEqual({ id: res.data!.requestCashout.id, kind: 'CASHOUT', status: 'PENDING' });
  });

  it('refuses an account id that is not one of the user\'s before anything is sent', async () => {
    const res = await h.runAs('demo-user', CASHOUT, { input: { ...input, accountId: 'ab97eff9-1ef5-4612-95ea-b557d9b106fe' } });
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/accountId/), extensions: { code: 'BAD_USER_INPUT' } });
    expect(await h.stats()).toEqual({ [ACCOUNTS]: 1 });
  });

  it('refuses bad input before any call: no coins, a fraction, a bad id, a bad key; UNAUTHENTICATED without a ticket', async () => {
    for (const bad of [{ coins: '0' }, { coins: '1.5' }, { accountId: 'has space' }, { idempotencyKey: 'has space' }, { idempotencyKey: '' }]) {
      expect((await h.runAs('demo-user', CASHOUT, { input: { ...input, ...bad } })).errors?.[0]?.extensions?.code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect((await h.runAs(undefined, CASHOUT, { input })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });

  it("gives the seed's payments-bad_version refusal its own words, and passes on insufficient funds", async () => {
    await h.fault({ route: TRANSFER, status: 400, body: cashoutBadVersionResponse, times: 1 });
    const old = await h.runAs('demo-user', CASHOUT, { input });
    expect(old.errors?.[0]).toMatchObject({
      message: 'Unsupported version. Your Mobile App needs to be updated.',
      extensions: { code: 'BAD_USER_INPUT', upstream: { service: 'payments', status: 400, errorId: 'payments-bad_version' } },
    });
    const tooMuch = await h.runAs('demo-user', CASHOUT, { input: { ...input, coins: '1949979999999999999934' } });
    expect(tooMuch.errors?.[0]).toMatchObject({ message: 'Not enough coins for this cash-out and its fee', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('moves money once per operation, and is never retried after a 503', async () => {
    const twice = await h.runAs('demo-user', `mutation { a: requestCashout(input: { accountId: "${PRIMARY}", coins: "1" }) { id } b: requestCashout(input: { accountId: "${PRIMARY}", coins: "2" }) { id } }`);
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.stats()).toEqual({});
    await h.fault({ route: TRANSFER, status: 503, times: 1 });
    expect((await h.runAs('demo-user', CASHOUT, { input })).errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(await h.calls(TRANSFER)).toBe(1);
  });
});
