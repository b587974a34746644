import { describe, expect, it } from 'vitest';
import { rateCardResponse, setRateCardRequest, setRateCardResponse } from '../../sim/fixtures/rate-card.fixture.js';
import type { RateCardDto } from '../../src/datasources/payments/rate-card.dto.js';
import { isRateCardDto } from '../../src/datasources/payments/rate-card.guards.js';
import { parseLosslessJson } from '../../src/lib/lossless-json.js';
import { checkRateCardItemIds, toSetRateCardDto } from '../../src/mappers/rate-card-input.mapper.js';
import { toRateCardTarget } from '../../src/mappers/rate-card-target.mapper.js';
import { toRateCard } from '../../src/mappers/rate-card.mapper.js';
import type { RateCardInput } from '../../src/types/rate-card.input.js';

const defaultCard = parseLosslessJson(rateCardResponse) as RateCardDto;

/** The seed's Set example request as graph input. */
const seedInput: RateCardInput = {
  billable: true,
  budget: { day: 20, week: 30, month: 40 },
  gstPercent: 10,
  items: [
    { id: 'clicks', value: 0.1 },
    { id: 'completed_video', value: 0.1 },
    { id: 'approved_reviews', value: 0.1 },
    { id: 'impressions_revenue', value: 0.2 },
    { id: 'transactional_data', value: 0.3 },
  ],
  userRewards: { percents: 0.25 },
};

describe('toRateCard', () => {
  it('maps the seed default card: items in order, adjustments as coins per item', () => {
    expect(isRateCardDto(defaultCard)).toBe(true);
    const card = toRateCard(defaultCard);
    expect(card).toMatchObject({ id: 'urn:authenticateit:rate_card', billable: true, gstPercent: 10, budget: { day: 20, week: 30, month: 40 } });
    expect(card.items.map((item) => [item.id, item.value, item.events.length])).toEqual([
      ['clicks', 0.3, 3],
      ['completed_video', 0.35, 1],
      ['approved_reviews', 0.4, 1],
      ['impressions_revenue', 0.003, 8],
      ['transactional_data', 0.6, 0],
    ]);
    expect(card.userRewards).toEqual({ percents: 0.25, value: null, coins: null });
    expect(card.adjustments[0]).toEqual({ itemId: 'approved_reviews', coins: '19256000000000000000000' });
  });

  it('maps the Set example answer: a participant card id', () => {
    const card = toRateCard(parseLosslessJson(setRateCardResponse) as RateCardDto);
    expect(card.id).toBe('urn:authenticateit:participant:735879621218609@rate_card');
    expect(card.adjustments.map((a) => a.coins)).toEqual(['4811000000000000000000', '4811000000000000000000', '4811000000000000000000', '9622000000000000000000', '14433000000000000000000']);
  });

  it('takes a card without budget, gst, rewards or adjustments', () => {
    const bare = { id: 'x', rate_card: { billable: false, items: [{ id: 'clicks', value: 1 }] } };
    expect(toRateCard(bare)).toEqual({ id: 'x', billable: false, gstPercent: null, budget: null, items: [{ id: 'clicks', name: null, value: 1, events: [] }], userRewards: null, adjustments: [] });
  });
});

describe('toSetRateCardDto', () => {
  it('builds the seed example request from the equivalent input', () => {
    const dto = toSetRateCardDto(seedInput);
    expect(dto).toEqual(JSON.parse(setRateCardRequest));
    expect(() => checkRateCardItemIds(dto, defaultCard)).not.toThrow();
  });

  it('sends user_rewards.coins and value as given, and leaves out what was not given', () => {
    expect(toSetRateCardDto({ billable: false, items: [{ id: 'clicks', value: 0 }], userRewards: { coins: '100' } })).toEqual({
      billable: false,
      items: [{ id: 'clicks', value: 0 }],
      user_rewards: { coins: '100' },
    });
    expect(toSetRateCardDto({ ...seedInput, userRewards: { value: 2, percents: null } }).user_rewards).toEqual({ value: 2 });
  });

  it('refuses what the seed rules out, naming the field', () => {
    const refusals: Array<[RateCardInput, string]> = [
      [{ ...seedInput, items: [] }, '"items"'],
      [{ ...seedInput, items: [{ id: 'clicks', value: -1 }] }, '"items[0].value"'],
      [{ ...seedInput, items: [{ id: 'clicks', value: 1 }, { id: 'clicks', value: 1 }] }, '"items[1].id"'],
      [{ ...seedInput, userRewards: {} }, '"userRewards"'],
      [{ ...seedInput, userRewards: { percents: 1, coins: '1' } }, '"userRewards"'],
      [{ ...seedInput, userRewards: { percents: -0.1 } }, '"userRewards.percents"'],
      [{ ...seedInput, userRewards: { value: -0.1 } }, '"userRewards.value"'],
      [{ ...seedInput, userRewards: { coins: '-1' } }, '"userRewards.coins"'],
      [{ ...seedInput, gstPercent: -1 }, '"gstPercent"'],
      [{ ...seedInput, budget: { month: -1 } }, '"budget.month"'],
    ];
    for (const [input, field] of refusals) expect(() => toSetRateCardDto(input), field).toThrow(field);
  });

  it('refuses an item id the Settings (the default card) do not have', () => {
    const dto = toSetRateCardDto({ ...seedInput, items: [{ id: 'clicks', value: 1 }, { id: 'likes', value: 1 }] });
    expect(() => checkRateCardItemIds(dto, defaultCard)).toThrow(/"items\[1\]\.id" must be one of clicks, completed_video/);
  });
});

describe('toRateCardTarget', () => {
  it('passes a participant id or default, gives null for none, and keeps default out of deletes', () => {
    expect(toRateCardTarget(null, { allowDefault: true })).toBeNull();
    expect(toRateCardTarget(undefined, { allowDefault: true })).toBeNull();
    expect(toRateCardTarget('default', { allowDefault: true })).toBe('default');
    expect(toRateCardTarget(' urn:authenticateit:participant:1 ', { allowDefault: false })).toBe('urn:authenticateit:participant:1');
    expect(() => toRateCardTarget('default', { allowDefault: false })).toThrow(/cannot be deleted/);
    expect(() => toRateCardTarget('', { allowDefault: true })).toThrow(/participantId/);
  });
});
