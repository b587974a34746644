import { describe, expect, it } from 'vitest';
import { coinConversionRequest, coinConversionResponse } from '../../sim/fixtures/coin-conversion.fixture.js';
import { errorId, useSimulator } from './sim-client.js';

const { call } = useSimulator();

const convert = (query: string) => call(`/rewards/convert/coins?${query}`, { ticket: 'demo-user' });

describe('coin conversions in the simulator', () => {
  it("answers the seed's example (its body sent as the query) byte for byte", async () => {
    const { coins } = JSON.parse(coinConversionRequest) as { coins: string };
    expect(await (await convert(`coins=${coins}`)).text()).toBe(coinConversionResponse);
    expect((await call(`/rewards/convert/coins?coins=${coins}`)).status).toBe(401);
  });

  it('converts exactly into a currency or a country\'s currency, six decimals at most, never an exponent', async () => {
    expect(await (await convert('coins=1000000000000000000&currency=USD')).text()).toBe('{\n"currency": "usd",\n"value": 0.00016\n}');
    expect(await (await convert('coins=1000000000000000000&country=036')).text()).toBe('{\n"currency": "aud",\n"value": 0.00024\n}');
    expect(await (await convert('coins=123456789000000000000000000000&currency=aud')).text()).toBe('{\n"currency": "aud",\n"value": 29629629.36\n}');
    expect(await (await convert('coins=1&currency=aud')).text()).toBe('{\n"currency": "aud",\n"value": 0\n}');
    // Half a millionth rounds up, just under it rounds down.
    expect(await (await convert('coins=2083333333333334&currency=aud')).text()).toBe('{\n"currency": "aud",\n"value": 0.000001\n}');
    expect(await (await convert('coins=2083333333333333&currency=aud')).text()).toBe('{\n"currency": "aud",\n"value": 0\n}');
  });

  it('refuses missing or bad coins, an unknown country and an unknown currency', async () => {
    for (const [query, id] of [
      ['', 'payments-bad_coins'],
      ['coins=1.5', 'payments-bad_coins'],
      ['coins=-1', 'payments-bad_coins'],
      ['coins=1&country=840', 'payments-bad_country'],
      ['coins=1&currency=xyz', 'payments-bad_currency'],
    ] as const) {
      const res = await convert(query);
      expect(res.status, query).toBe(400);
      expect(await errorId(res)).toBe(id);
    }
  });
});
