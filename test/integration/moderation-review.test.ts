import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

const LIST = 'POST /payments-service/transfer/get';
const REVIEW = 'POST /payments-service/transfer/limits';
const EXAMPLE_ID = 'urn:authenticateit:transaction_request:d31b278c-ea2a-4a0e-94a6-6d7cb78c6472:manual';
const REVIEW_FIELDS = `request { id transferId action status statusAt at coins profileCoins owner moderatorId fee { gasCoins payFeeWithCoins } coinPrices { currency perUnit } }
  user { id email firstName lastName country level phone photo }
  limits { currency level boostedValue historyValue maxLevelValue recordValue totalMaxLevelValue from to }
  history { __typename id kind status ... on CashoutTransfer { account { id } currency convertedValue } ... on PoloniexTransfer { account { address } } }`;

describe('transfer reviews through the gateway', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ redisUrl: inject('redisUrl') });
  });
  afterAll(() => h.close());
  beforeEach(() => h.resetSim());

  it("reviews the seed's example: request, user, limits and the history as Transfers (a cash-out account without id is null)", async () => {
    const res = await h.runAs<{ moderation: { review: Record<string, unknown> } }>('demo-system', `query ($id: ID!) { moderation { review(id: $id) { ${REVIEW_FIELDS} } } }`, { id: EXAMPLE_ID });
    expect(res.errors).toBeUndefined();
    const review = res.data!.moderation.review;
    expect(review.request).toMatchObject({
      id: 'urn:authenticateit:transaction_request:58ae8e28-72ae-4152-b0e0-358d486ae88e:manual',
      status: 'manual_rejected',
      coins: '100000000000000000',
      profileCoins: '578806463600000000000000',
      moderatorId: 'urn:authenticateit:user:email:system@authenticateit.com',
      coinPrices: [
        { currency: 'AUD', perUnit: 2.717391304347826e-22 },
        { currency: 'SGD', perUnit: 2.684510869565217e-22 },
        { currency: 'USD', perUnit: 1.942391304347826e-22 },
      ],
    });
    expect(review.user).toMatchObject({ email: 'email@gmail.com', country: '036', phone: '+6111111111' });
    expect(review.limits).toMatchObject({ currency: 'AUD', level: 'basic', recordValue: 2.7173913043478e-5, totalMaxLevelValue: 70 });
    expect(review.history).toEqual([
      { __typename: 'PoloniexTransfer', id: 'urn:authenticateit:transaction_request:1fe053e1-8cf4-4371-a8bc-312c0d65a00b', kind: 'POLONIEX', status: 'FAILURE', account: { address: '0xC306c35423c6EB246C545B9F3F4B6a18cE29290d' } },
      { __typename: 'CoinbaseTransfer', id: 'urn:authenticateit:transaction_request:a15e7461-374c-4cab-93a4-d8aa4b83b2e2', kind: 'COINBASE', status: 'PENDING' },
      { __typename: 'CashoutTransfer', id: 'urn:authenticateit:transaction_request:9b0bb5c6-6158-40e1-a17c-15ce17ed7709', kind: 'CASHOUT', status: 'SUCCESS', account: null, currency: 'AUD', convertedValue: '0.7' },
    ]);
    expect(await h.stats()).toEqual({ [REVIEW]: 1 });
  });

  it('is null for a transfer the upstream does not know', async () => {
    const res = await h.runAs('demo-system', '{ moderation { review(id: "unknown:manual") { user { id } } } }');
    expect(res).toEqual({ status: 200, data: { moderation: { review: null } } });
  });

  it('loads reviews of a page with one call per distinct transfer: items + 1 calls, also when review is selected twice', async () => {
    const res = await h.runAs<{ moderation: { transfers: { items: Array<{ id: string; a: { request: { id: string } }; b: { user: { id: string } } }> } } }>(
      'demo-system',
      `{ moderation { transfers(first: 10) { items { id a: review { request { id } } b: review { user { id } limits { level } } } }
        again: review(id: "${EXAMPLE_ID}") { request { id } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const items = res.data!.moderation.transfers.items;
    expect(items).toHaveLength(7);
    for (const item of items.filter((i) => i.id !== EXAMPLE_ID)) expect(item.a.request.id).toBe(item.id);
    expect(await h.stats()).toEqual({ [LIST]: 1, [REVIEW]: items.length });
  });

  it('makes one call, and no review call, when review is not selected', async () => {
    const res = await h.runAs('demo-system', '{ moderation { transfers(first: 10) { totalCount items { id status } } } }');
    expect(res.errors).toBeUndefined();
    expect(await h.stats()).toEqual({ [LIST]: 1 });
  });

  it('fails only the reviews whose call failed; the list and the other reviews keep their data', async () => {
    await h.fault({ route: REVIEW, status: 500, times: 1 });
    const res = await h.runAs<{ moderation: { transfers: { items: Array<{ review: unknown }> } } }>('demo-system', '{ moderation { transfers(first: 3) { items { id review { user { id } } } } } }');
    expect(res.data!.moderation.transfers.items.filter((i) => i.review === null)).toHaveLength(1);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UPSTREAM_UNAVAILABLE']);
    expect(await h.calls(REVIEW)).toBe(3);
  });
});
