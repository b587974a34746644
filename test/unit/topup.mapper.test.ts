import { describe, expect, it } from 'vitest';
import { setTopUpRequest, setTopUpResponse, topUpMinAmountResponse, topUpSettingsResponse } from '../../sim/fixtures/topup.fixture.js';
import type { TopUpMinimumDto, TopUpSettingsDto } from '../../src/datasources/payments/topup.dto.js';
import { isTopUpMinimumDto, isTopUpSettingsDto } from '../../src/datasources/payments/topup.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { checkTopUpAmount, toManualTopUpAmount, toSetTopUpDto, toTopUpMinimum, toTopUpSettings } from '../../src/mappers/topup.mapper.js';
import { TopUpFrequency } from '../../src/types/topup.type.js';

const minimumDto = parseLosslessJson(topUpMinAmountResponse) as TopUpMinimumDto;
const minimum = toTopUpMinimum(minimumDto);

describe('toTopUpMinimum and toTopUpSettings', () => {
  it('map the seed examples: cents as Int, coins exact, currency upper case, status as active', () => {
    expect(isTopUpMinimumDto(minimumDto)).toBe(true);
    expect(minimum).toEqual({ amountCents: 510, coins: '100000000000000000000', currency: 'AUD' });
    const settings = parseLosslessJson(topUpSettingsResponse) as TopUpSettingsDto;
    expect(isTopUpSettingsDto(settings)).toBe(true);
    expect(toTopUpSettings(settings)).toEqual({
      amountCents: 109,
      minimalAmount: false,
      coinsThreshold: '10000000000000000000000',
      currency: 'AUD',
      frequency: TopUpFrequency.DAILY,
      active: true,
    });
    expect(toTopUpSettings({ ...settings, status: 'inactive' }).active).toBe(false);
  });

  it('refuse cents that are not whole as the upstream’s fault', () => {
    expect(() => toTopUpMinimum({ ...minimumDto, amount: 5.1 })).toThrow(/minimum/);
  });
});

describe('toSetTopUpDto', () => {
  it('builds the seed example request from the equivalent input: no amount when minimalAmount', () => {
    const body = toSetTopUpDto({ minimalAmount: true, coinsThreshold: '10000000000000000000000', frequency: TopUpFrequency.DAILY, active: true });
    expect(body).toEqual(JSON.parse(setTopUpRequest));
    // The answer to it is what the graph then shows.
    expect(toTopUpSettings(parseLosslessJson(setTopUpResponse) as TopUpSettingsDto)).toMatchObject({ amountCents: 0, minimalAmount: true });
  });

  it('ignores amountCents when minimalAmount is true, as the contract says', () => {
    expect(toSetTopUpDto({ minimalAmount: true, amountCents: -1, coinsThreshold: '1' })).not.toHaveProperty('amount');
  });

  it('sends an amount at or above the minimum with the defaults: daily, active', () => {
    expect(() => checkTopUpAmount(510, minimum)).not.toThrow();
    expect(toSetTopUpDto({ amountCents: 510, coinsThreshold: '1', frequency: null, active: null })).toEqual({
      amount: 510,
      minimal_amount: false,
      coins_threshold: '1',
      frequency: 'daily',
      status: 'active',
    });
    expect(toSetTopUpDto({ amountCents: 600, coinsThreshold: '1', frequency: TopUpFrequency.MONTHLY, active: false })).toMatchObject({
      frequency: 'monthly',
      status: 'inactive',
    });
  });

  it('refuses a missing or negative amount and a negative threshold, naming the field', () => {
    const refusals: Array<[Parameters<typeof toSetTopUpDto>[0], RegExp]> = [
      [{ coinsThreshold: '1' }, /"amountCents" is required/],
      [{ amountCents: -510, coinsThreshold: '1' }, /"amountCents"/],
      [{ minimalAmount: true, coinsThreshold: '-1' }, /"coinsThreshold"/],
    ];
    for (const [input, message] of refusals) {
      expect(() => toSetTopUpDto(input)).toThrow(message);
      expect(() => toSetTopUpDto(input)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
  });

  it('refuses an amount below the minimum, saying what the minimum is', () => {
    expect(() => checkTopUpAmount(509, minimum)).toThrow(/"amountCents" must be at least .*510 \(AUD cents\)/);
  });
});

describe('toManualTopUpAmount', () => {
  it('takes the seed example (2000) and refuses a negative amount', () => {
    expect(toManualTopUpAmount(2000)).toBe(2000);
    expect(toManualTopUpAmount(0)).toBe(0);
    expect(() => toManualTopUpAmount(-1)).toThrow(/amountCents/);
  });
});
