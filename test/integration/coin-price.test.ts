import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const CONVERT = 'GET /rewards/convert/coins';
const PRICE = 'query ($currency: String!) { coinPrice(currency: $currency) { currency perCoin fetchedAt } }';
const CONVERT_OP = 'query ($coins: Coins!, $country: String, $currency: String) { convertCoins(coins: $coins, country: $country, currency: $currency) { currency value } }';

type Price = { coinPrice: { currency: string; perCoin: number; fetchedAt: string } };

describe('convertCoins', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("converts the seed's example exactly (0.000024 AUD), with one call", async () => {
    const res = await h.runAs('demo-user', CONVERT_OP, { coins: '100000000000000000' });
    expect(res).toMatchObject({ data: { convertCoins: { currency: 'AUD', value: '0.000024' } } });
    expect(res.errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [CONVERT]: 1 });
  });

  it("converts into a currency or a country's currency, digit for digit for large amounts", async () => {
    const usd = await h.runAs('demo-user', CONVERT_OP, { coins: '123456789000000000000000000000', currency: 'usd' });
    expect(usd.data).toEqual({ convertCoins: { currency: 'USD', value: '19753086.24' } });
    const country = await h.runAs('demo-user', CONVERT_OP, { coins: '0', country: '036' });
    expect(country.data).toEqual({ convertCoins: { currency: 'AUD', value: '0' } });
  });

  it('refuses bad input before any call; passes on the upstream\'s words for a currency it does not know', async () => {
    for (const variables of [
      { coins: '-1' },
      { coins: '1.5' },
      { coins: '1e18' },
      { coins: '1', currency: 'AU' },
      { coins: '1', currency: 'A$D' },
      { coins: '1', country: '36' },
      { coins: '1', country: '036&currency=usd' },
    ]) {
      expect((await h.runAs('demo-user', CONVERT_OP, variables)).errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
    const unknown = await h.runAs('demo-user', CONVERT_OP, { coins: '1', currency: 'xyz' });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'This currency is not supported', extensions: { code: 'BAD_USER_INPUT', upstream: { errorId: 'payments-bad_currency' } } });
  });

  it('is UNAUTHENTICATED without a ticket, with no call', async () => {
    const res = await h.runAs(undefined, CONVERT_OP, { coins: '1' });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
  });
});

describe('coinPrice', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it('30 concurrent cold reads make one upstream call; warm reads none; another currency its own call', async () => {
    const before = new Date().toISOString();
    const cold = await Promise.all(Array.from({ length: 30 }, () => h.runAs<Price>('demo-user', PRICE, { currency: 'AUD' })));
    expect(await h.calls(CONVERT)).toBe(1);
    const first = cold[0]!.data!.coinPrice;
    expect(first).toEqual({ currency: 'AUD', perCoin: 0.00024, fetchedAt: expect.any(String) });
    expect(first.fetchedAt >= before && first.fetchedAt <= new Date().toISOString()).toBe(true);
    for (const answer of cold) expect(answer).toEqual({ status: 200, data: { coinPrice: first } });

    await h.resetSim();
    // "aud" is the same entry as "AUD"; fetchedAt still says when the gateway read it.
    const warm = await h.runAs<Price>('demo-user', PRICE, { currency: 'aud' });
    expect(warm.data!.coinPrice).toEqual(first);
    expect(await h.stats()).toEqual({});

    const usd = await Promise.all(Array.from({ length: 30 }, () => h.runAs<Price>('demo-user', PRICE, { currency: 'USD' })));
    expect(usd[0]!.data!.coinPrice).toMatchObject({ currency: 'USD', perCoin: 0.00016 });
    expect(await h.calls(CONVERT)).toBe(1);
  });

  it('serves the shared price only to callers the upstream accepted: no ticket, no call; an unknown ticket is asked about', async () => {
    await h.runAs('demo-user', PRICE, { currency: 'EUR' });
    await h.resetSim();
    expect((await h.runAs(undefined, PRICE, { currency: 'EUR' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.stats()).toEqual({});
    expect((await h.runAs('nobody', PRICE, { currency: 'EUR' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.calls(CONVERT)).toBe(1);
  });

  it('refuses a currency that is not three letters before any call; an unknown one is the upstream\'s refusal, not cached', async () => {
    for (const currency of ['', 'EU', 'EURO', 'E1R', '../']) {
      expect((await h.runAs('demo-user', PRICE, { currency })).errors?.[0]?.extensions?.code, currency).toBe('BAD_USER_INPUT');
    }
    expect(await h.stats()).toEqual({});
    for (let i = 0; i < 2; i++) expect((await h.runAs('demo-user', PRICE, { currency: 'XYZ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await h.calls(CONVERT)).toBe(2);
  });

  it('keeps a convertCoins of one coin and the price of one operation apart (two shapes of one URL)', async () => {
    const res = await h.runAs('demo-user', '{ convertCoins(coins: "1000000000000000000", currency: "GBP") { currency value } coinPrice(currency: "GBP") { currency perCoin } }');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ convertCoins: { currency: 'GBP', value: '0.00013' }, coinPrice: { currency: 'GBP', perCoin: 0.00013 } });
  });

  it('makes the home screen cost one call per endpoint cold, and no price call warm', async () => {
    const home = '{ me { balance { totalCoins } walletAddresses { address } transfers(first: 5) { totalCount } } coinPrice(currency: "NZD") { perCoin } }';
    expect((await h.runAs('demo-user', home)).errors).toBeUndefined();
    const cold = await h.stats();
    expect(cold).toEqual({
      'GET /payments-service/user/ethereum/balance': 1,
      'GET /user/ethereum/addresses': 1,
      'GET /payments-service/user/ethereum/transfer/history': 1,
      [CONVERT]: 1,
    });
    await h.resetSim();
    expect((await h.runAs('demo-user', home)).errors).toBeUndefined();
    expect(await h.calls(CONVERT)).toBe(0);
  });
});

describe('coinPrice expiry', () => {
  it('asks again once the entry is older than COIN_PRICE_CACHE_TTL_SECONDS, with a new fetchedAt', async () => {
    const h = await startHarness({ redisUrl: inject('redisUrl'), env: { COIN_PRICE_CACHE_TTL_SECONDS: '1' } });
    try {
      const first = await h.runAs<Price>('demo-user', PRICE, { currency: 'AUD' });
      await new Promise((resolve) => setTimeout(resolve, 1300));
      const second = await h.runAs<Price>('demo-user', PRICE, { currency: 'AUD' });
      expect(await h.calls(CONVERT)).toBe(2);
      expect(second.data!.coinPrice.fetchedAt > first.data!.coinPrice.fetchedAt).toBe(true);
    } finally {
      await h.close();
    }
  });
});
